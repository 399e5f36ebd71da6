#!/usr/bin/env python3
"""Writes the samples' SBOMs: CycloneDX 1.6 JSON of the NuGet packages procbase's application layer really uses.

Components, versions, suppliers (nuspec authors), licences, descriptions, SHA-512 hashes, purls and the
dependency graph come from a restored project.assets.json and the packages' nuspecs in the NuGet cache.
With --cert-in the vendor's CERT-In declarations are added as cert-in:* properties, by the rules below:
origin open-source (every package is from nuget.org under an OSI licence); criticality high for a direct
dependency, medium otherwise; patch status "used as released"; release date the nuspec's date in the package;
end of life the vendor's support end for the release (given); usage restrictions the licence's; executable no
(libraries); archive no (unpacked into the product); structured "native library" or ".NET assembly".
Usage: scripts/sample-sboms.py ASSETS OUT --product NAME --version V --vendor NAME --timestamp ISO [--cert-in --eol DATE]
"""
import argparse, base64, json, os, re, zipfile

p = argparse.ArgumentParser()
p.add_argument("assets"); p.add_argument("out")
p.add_argument("--product", required=True); p.add_argument("--version", required=True)
p.add_argument("--vendor", required=True); p.add_argument("--timestamp", required=True)
p.add_argument("--cert-in", action="store_true"); p.add_argument("--eol")
a = p.parse_args()

assets = json.load(open(a.assets))
target = assets["targets"]["net10.0"]
direct = {k.lower() for k in assets["project"]["frameworks"]["net10.0"].get("dependencies", {})}
cache = os.path.expanduser("~/.nuget/packages")

def nuspec(name, version):
    folder = os.path.join(cache, name.lower(), version.lower())
    text = open(os.path.join(folder, f"{name.lower()}.nuspec"), encoding="utf-8-sig").read()
    field = lambda tag: (m.group(1).strip() if (m := re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", text, re.S)) else None)
    with zipfile.ZipFile(os.path.join(folder, f"{name.lower()}.{version.lower()}.nupkg")) as z:
        entry = next(i for i in z.infolist() if i.filename.lower().endswith(".nuspec"))
        released = "%04d-%02d-%02d" % entry.date_time[:3]
    return field("authors"), field("license"), field("description"), released

components, dependencies = [], []
for key, value in sorted(target.items(), key=lambda kv: kv[0].lower()):
    if value["type"] != "package":
        continue
    name, version = key.split("/")
    ref = f"pkg:nuget/{name}@{version}"
    authors, licence, description, released = nuspec(name, version)
    sha512 = base64.b64decode(assets["libraries"][key]["sha512"]).hex()
    c = {"type": "library", "bom-ref": ref, "supplier": {"name": authors}, "name": name, "version": version,
         "hashes": [{"alg": "SHA-512", "content": sha512}], "purl": ref,
         "externalReferences": [{"type": "distribution", "url": f"https://www.nuget.org/packages/{name}/{version}"}]}
    if licence:
        c["licenses"] = [{"expression": licence}]
    if a.cert_in:
        c["description"] = description.split("\n")[0][:300] if description else name
        native = any("/native/" in f for f in assets["libraries"][key].get("files", []))
        c["properties"] = [{"name": n, "value": v} for n, v in [
            ("cert-in:origin", "open-source"),
            ("cert-in:criticality", "high" if name.lower() in direct else "medium"),
            ("cert-in:patch-status", "used as released; no vendor patches"),
            ("cert-in:release-date", released),
            ("cert-in:end-of-life-date", a.eol),
            ("cert-in:usage-restrictions", f"none beyond the {licence} licence" if licence else "see the package's licence"),
            ("cert-in:executable", "no"), ("cert-in:archive", "no"),
            ("cert-in:structured", "native library" if native else ".NET assembly"),
            ("cert-in:comment", f"from nuget.org; {'direct' if name.lower() in direct else 'transitive'} dependency")]]
    components.append(c)
    deps = sorted(f"pkg:nuget/{d}@{next(k.split('/')[1] for k in target if k.split('/')[0].lower() == d.lower())}" for d in value.get("dependencies", {}))
    dependencies.append({"ref": ref, "dependsOn": deps})

subject = f"pkg:generic/{a.product.replace(' ', '-').lower()}@{a.version}"
bom = {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
       "metadata": {"timestamp": a.timestamp, "lifecycles": [{"phase": "build"}],
                    "tools": {"components": [{"type": "application", "name": "procurementbaseline scripts/sample-sboms.py"}]},
                    "authors": [{"name": a.vendor}],
                    "component": {"type": "application", "bom-ref": subject, "name": a.product, "version": a.version, "supplier": {"name": a.vendor}},
                    "supplier": {"name": a.vendor}},
       "components": components,
       "dependencies": [{"ref": subject, "dependsOn": sorted(c["bom-ref"] for c in components if c["name"].lower() in direct)}] + dependencies,
       "vulnerabilities": []}
with open(a.out, "w", encoding="utf-8") as f:
    json.dump(bom, f, indent=2, ensure_ascii=False)
    f.write("\n")
