using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Commands.AttestCommands;

/// <summary>
/// <c>attest bundle</c>, <c>attest sign</c> and <c>attest verify</c>: a submission as one tamper-evident file (issue 18),
/// signed by the vendor and countersigned by a reviewer, verified offline with the keys the verifier trusts.
/// </summary>
public static class AttestBundleCommands
{
    public const long DefaultMaxBundleBytes = 4L << 30;

    public static Command CreateBundle(CliContext cli)
    {
        var attestation = new Argument<string>("attestation") { Description = "The attestation file; its evidence files are read from its folder." };
        var output = new Option<string>("--out", "-o") { Description = "The bundle to write (a zip).", Required = true };
        var baselines = new Option<string[]>("--baseline", "-b") { Description = "Pin these baselines instead of those the attestation names in 'against'." };
        var maxEvidence = CommonOptions.Size("--max-evidence-size", "The largest evidence file bundled (default 1GiB).", InputLimits.DefaultMaxEvidenceBytes);
        var standards = CommonOptions.Standards();
        var command = new Command("bundle", "Pack an attestation, every evidence file it names and a manifest pinning each file and the standards it was written against into one file, ready to sign.")
        {
            attestation, output, baselines, maxEvidence, standards,
        };
        command.SetAction(parse =>
        {
            var (set, chosen, failure) = AttestCommands.LoadWithBaselines(cli, parse.GetValue(standards), parse.GetValue(baselines) ?? []);
            if (failure is { } code)
            {
                return code;
            }

            var file = parse.GetValue(output)!;
            var diagnostics = BundleBuilder.Build(Path.GetFullPath(parse.GetValue(attestation)!, cli.WorkingDirectory), set!, chosen!, cli.WorkingDirectory,
                file, InputLimits.Default with { MaxEvidenceBytes = parse.GetValue(maxEvidence) });
            DiagnosticPrinter.Print(diagnostics, cli.Error);
            if (diagnostics.Any(d => d.IsError))
            {
                cli.Error.WriteLine("No bundle was written.");
                return ExitCodes.InputErrors;
            }

            cli.Error.WriteLine($"Wrote {VisibleText.Escape(file)}; sign it with procbase attest sign {VisibleText.Escape(file)} --key <private key>.");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateSign(CliContext cli)
    {
        var bundle = new Argument<string>("bundle") { Description = "The bundle to sign (written by attest bundle)." };
        var key = new Option<string>("--key") { Description = "The signer's ECDSA P-256 private key (PKCS#8 PEM, as procbase key new writes).", Required = true };
        var role = new Option<string>("--role") { Description = "vendor (default), or reviewer to countersign a bundle the vendor signed.", DefaultValueFactory = _ => "vendor" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the signed bundle here. Default: sign the bundle in place." };
        var cert = new Option<string?>("--cert") { Description = "The signer's X.509 certificate chain (PEM, the certificate for --key first, then intermediates), so verifiers can trust it through a root CA." };
        var maxBundle = CommonOptions.Size("--max-bundle-size", "The most a bundle's files may come to (default 4GiB).", DefaultMaxBundleBytes);
        var command = new Command("sign", "Sign a bundle: an in-toto statement of its files and pinned standards in a DSSE envelope (ECDSA P-256). A second signer countersigns the same statement.")
        {
            bundle, key, role, output, cert, maxBundle,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(role) is not ("vendor" or "reviewer"))
            {
                cli.Error.WriteLine("error: --role is vendor or reviewer.");
                return ExitCodes.Usage;
            }

            if (ReadKey(parse.GetValue(key)!, isPrivate: true, cli) is not { } signer)
            {
                return ExitCodes.Usage;
            }

            using (signer)
            {
                System.Collections.Immutable.ImmutableArray<byte[]> chain = [];
                if (parse.GetValue(cert) is { } certFile)
                {
                    if (ReadCertificates(certFile, cli) is not { Count: > 0 } certificates)
                    {
                        return ExitCodes.Usage;
                    }

                    using var leafKey = certificates[0].GetECDsaPublicKey();
                    if (leafKey is null || SigningKeys.KeyId(leafKey) != SigningKeys.KeyId(signer))
                    {
                        cli.Error.WriteLine($"error: the first certificate in '{VisibleText.Escape(certFile)}' is not for the key given with --key.");
                        return ExitCodes.Usage;
                    }

                    chain = [.. certificates.Select(c => c.RawData)];
                }

                var path = Path.GetFullPath(parse.GetValue(bundle)!, cli.WorkingDirectory);
                var target = parse.GetValue(output) is { } o ? Path.GetFullPath(o, cli.WorkingDirectory) : path;
                var diagnostics = BundleSigner.Sign(path, target, signer, parse.GetValue(role)!, parse.GetValue(maxBundle), DisplayPaths.For(path, cli.WorkingDirectory), chain);
                DiagnosticPrinter.Print(diagnostics, cli.Error);
                if (diagnostics.Any(d => d.IsError))
                {
                    cli.Error.WriteLine("Nothing was signed.");
                    return ExitCodes.InputErrors;
                }

                cli.Error.WriteLine($"Signed {VisibleText.Escape(DisplayPaths.For(target, cli.WorkingDirectory))} as {parse.GetValue(role)} with key {SigningKeys.KeyId(signer)[..16]}.");
                return ExitCodes.Success;
            }
        });
        return command;
    }

    public static Command CreateVerify(CliContext cli)
    {
        var bundle = new Argument<string>("bundle") { Description = "The bundle to verify." };
        var keys = new Option<string[]>("--key") { Description = "A public key (SubjectPublicKeyInfo PEM) to trust; repeat for several. Signatures by other keys do not count." };
        var roots = TrustOption();
        var asOf = CommonOptions.Date("--as-of", "The date certificate chains are judged at (YYYY-MM-DD). Default: today (UTC).");
        var maxBundle = CommonOptions.Size("--max-bundle-size", "The most a bundle's files may come to (default 4GiB).", DefaultMaxBundleBytes);
        var format = CommonOptions.Format();
        var standards = CommonOptions.Standards();
        var command = new Command("verify", "Verify a bundle offline: every file against the manifest, every signature against the trusted keys, the signed statement against the bundle, and the pinned standards against those loaded. Exit 0 only when it verifies.")
        {
            bundle, keys, roots, asOf, maxBundle, format, standards,
        };
        command.SetAction(parse =>
        {
            if (Trust(parse.GetValue(keys) ?? [], parse.GetValue(roots) ?? [], parse.GetValue(asOf) ?? cli.Today, cli) is not { } trust)
            {
                return ExitCodes.Usage;
            }

            if (trust.TrustedKeys.Count == 0 && trust.Roots.Count == 0)
            {
                cli.Error.WriteLine("error: give the keys to trust with --key, or root certificates with --trust.");
                return ExitCodes.Usage;
            }

            var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory)]);
            var path = Path.GetFullPath(parse.GetValue(bundle)!, cli.WorkingDirectory);
            var shown = DisplayPaths.For(path, cli.WorkingDirectory);
            var result = BundleVerifier.Verify(path, trust, set.HasErrors ? null : set, parse.GetValue(maxBundle), shown);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                cli.Out.Write(CliJson.Serialize(new BundleVerificationJson(shown, result.Verified,
                    [.. result.Signatures.Select(s => new BundleSignatureJson(s.KeyId, s.Role, s.Trusted, s.Valid, s.TimestampText, s.TimestampAuthority))],
                    result.Manifest?.Files.Length, [.. result.Diagnostics.Select(DiagnosticJson.From)])));
            }
            else
            {
                DiagnosticPrinter.Print(result.Diagnostics, cli.Out);
                foreach (var s in result.Signatures)
                {
                    cli.Out.WriteLine($"  {s.Role} signature by key {s.KeyId[..Math.Min(16, s.KeyId.Length)]}: {(s.Valid ? "valid" : s.Trusted ? "INVALID" : "untrusted key, not checked")}{(s.Timestamp is null ? "" : $"; timestamped {s.TimestampText} by {VisibleText.Escape(s.TimestampAuthority ?? "")}")}");
                }

                cli.Out.WriteLine(result.Verified
                    ? $"{VisibleText.Escape(shown)}: verified; {result.Manifest!.Files.Length} files as the manifest pins them, signed by a trusted key."
                    : $"{VisibleText.Escape(shown)}: NOT verified; {DiagnosticPrinter.Summary(result.Diagnostics)}.");
            }

            return result.Verified ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }

    public static Command CreateKeyNew(CliContext cli)
    {
        var output = new Option<string>("--out", "-o") { Description = "Write <out>.key.pem (the private key, PKCS#8) and <out>.pub.pem (the public key).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace existing key files." };
        var command = new Command("new", "Make an ECDSA P-256 key pair for signing bundles: for testing and small vendors (keep the private key off shared machines).")
        {
            output, force,
        };
        command.SetAction(parse =>
        {
            var prefix = Path.GetFullPath(parse.GetValue(output)!, cli.WorkingDirectory);
            var (privatePath, publicPath) = ($"{prefix}.key.pem", $"{prefix}.pub.pem");
            if (!parse.GetValue(force) && (File.Exists(privatePath) || File.Exists(publicPath)))
            {
                cli.Error.WriteLine($"error: {VisibleText.Escape(DisplayPaths.For(privatePath, cli.WorkingDirectory))} or its public key exists; give --force to replace them.");
                return ExitCodes.InputErrors;
            }

            using var key = SigningKeys.NewKey();
            AtomicFileWriter.WriteText(privatePath, SigningKeys.PrivatePem(key));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            AtomicFileWriter.WriteText(publicPath, SigningKeys.PublicPem(key));
            cli.Out.WriteLine($"Key {SigningKeys.KeyId(key)}: {VisibleText.Escape(DisplayPaths.For(privatePath, cli.WorkingDirectory))} (private, keep it secret) and {VisibleText.Escape(DisplayPaths.For(publicPath, cli.WorkingDirectory))} (public, give it to agencies).");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Option<string[]> TrustOption() => new("--trust")
    {
        Description = "Root certificates (PEM) to trust signers' X.509 chains to; repeat for several. Chains are built against these only, offline.",
    };

    /// <summary>The keys and roots a verifier trusts, read from their files; null (after a usage error) when one cannot be read.</summary>
    internal static BundleTrust? Trust(IEnumerable<string> keyFiles, IEnumerable<string> rootFiles, DateOnly at, CliContext cli)
    {
        var keys = new List<ECDsa>();
        foreach (var file in keyFiles.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (ReadKey(file, isPrivate: false, cli) is not { } key)
            {
                return null;
            }

            keys.Add(key);
        }

        var roots = new X509Certificate2Collection();
        foreach (var file in rootFiles)
        {
            if (ReadCertificates(file, cli) is not { Count: > 0 } certificates)
            {
                return null;
            }

            roots.AddRange(certificates);
        }

        return new BundleTrust(keys, roots, new DateTimeOffset(at.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }

    private static X509Certificate2Collection? ReadCertificates(string file, CliContext cli)
    {
        var (bytes, opening) = InputFiles.ReadAll(Path.GetFullPath(file, cli.WorkingDirectory), 1 << 20);
        if (bytes is null)
        {
            cli.Error.WriteLine($"error: certificate file '{VisibleText.Escape(file)}' is {opening.Describe()}.");
            return null;
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(System.Text.Encoding.UTF8.GetString(bytes));
        }
        catch (CryptographicException ex)
        {
            cli.Error.WriteLine($"error: certificate file '{VisibleText.Escape(file)}' cannot be read ({ex.Message}).");
            return null;
        }

        if (certificates.Count == 0)
        {
            cli.Error.WriteLine($"error: certificate file '{VisibleText.Escape(file)}' holds no PEM certificate.");
        }

        return certificates;
    }

    internal static ECDsa? ReadKey(string file, bool isPrivate, CliContext cli)
    {
        var (bytes, opening) = InputFiles.ReadAll(Path.GetFullPath(file, cli.WorkingDirectory), 64 << 10);
        if (bytes is null)
        {
            cli.Error.WriteLine($"error: key file '{VisibleText.Escape(file)}' is {opening.Describe()}.");
            return null;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var (key, problem) = isPrivate ? SigningKeys.ReadPrivate(text) : SigningKeys.ReadPublic(text);
        if (key is null)
        {
            cli.Error.WriteLine($"error: key file '{VisibleText.Escape(file)}' {problem}.");
        }

        return key;
    }
}
