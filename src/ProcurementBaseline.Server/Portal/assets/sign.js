// Signing in the browser with WebCrypto. A key pair is made here, or the vendor's private key is read from the file
// it picks; either way the private key stays in this page: it is never sent, and the form has no field for it.
(() => {
  "use strict";
  const ecdsa = { name: "ECDSA", namedCurve: "P-256" };

  const base64 = (buffer) => {
    let text = "";
    for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
    return btoa(text);
  };

  const pem = (label, buffer) =>
    `-----BEGIN ${label}-----\n${base64(buffer).match(/.{1,64}/g).join("\n")}\n-----END ${label}-----\n`;

  const unpem = (text) => {
    if (text.includes("ENCRYPTED PRIVATE KEY")) throw new Error("the key is encrypted: this page reads an unencrypted PKCS#8 key (BEGIN PRIVATE KEY) only; sign elsewhere and paste the signature");
    if (text.includes("EC PRIVATE KEY")) throw new Error("the key is in SEC1 form (BEGIN EC PRIVATE KEY): convert it with openssl pkcs8 -topk8 -nocrypt, or sign elsewhere");
    const body = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/.exec(text);
    if (!body) throw new Error("the file is not a PEM private key (BEGIN PRIVATE KEY)");
    return Uint8Array.from(atob(body[1].replace(/\s+/g, "")), (c) => c.charCodeAt(0));
  };

  const say = (id, text, problem) => {
    const line = document.getElementById(id);
    line.textContent = text;
    line.classList.toggle("problem", problem);
  };

  const makeKey = document.getElementById("make-key");
  if (makeKey && window.crypto?.subtle) {
    makeKey.closest("[hidden]")?.removeAttribute("hidden");
    makeKey.addEventListener("click", async () => {
      try {
        const pair = await crypto.subtle.generateKey(ecdsa, true, ["sign", "verify"]);
        const link = document.getElementById("key-download");
        URL.revokeObjectURL(link.href);
        link.href = URL.createObjectURL(new Blob([pem("PRIVATE KEY", await crypto.subtle.exportKey("pkcs8", pair.privateKey))], { type: "application/x-pem-file" }));
        link.hidden = false;
        document.getElementById("public-key").value = pem("PUBLIC KEY", await crypto.subtle.exportKey("spki", pair.publicKey));
        link.click();
        say("make-key-status", "Made a key pair: keep the downloaded private key safe (this page does not keep it), then register the public key below.", false);
      } catch (error) {
        say("make-key-status", `Could not make a key here: ${error.message}`, true);
      }
    });
  }

  const signHere = document.getElementById("sign-here");
  if (signHere && window.crypto?.subtle) {
    signHere.closest("[hidden]")?.removeAttribute("hidden");
    signHere.addEventListener("click", async () => {
      try {
        const file = document.getElementById("signing-key").files[0];
        if (!file) throw new Error("choose your private key's file first");
        const key = await crypto.subtle.importKey("pkcs8", unpem(await file.text()), ecdsa, false, ["sign"]);
        const statement = await fetch(signHere.dataset.statement, { credentials: "same-origin" });
        if (!statement.ok) throw new Error(`the statement could not be fetched (${statement.status}): save the draft and reload`);
        const signature = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key, await statement.arrayBuffer());
        document.getElementById("signature").value = base64(signature);
        say("sign-status", "Signed in this browser. Submit to send the signature (not the key).", false);
      } catch (error) {
        say("sign-status", `Not signed: ${error.message}`, true);
      }
    });
  }
})();
