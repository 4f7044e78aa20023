// Mach proxy status page: reads status.json every 2 s and renders it. Every string from the proxy is put in the
// page as text (textContent, setAttribute), never as HTML; links are made only from a checked hash and an http(s)
// template.
"use strict";

const POLL_MS = 2000;
const TIMEOUT_MS = 5000;
const MAX_HISTORY = 50;
const ZERO_HASH = "0x" + "0".repeat(64);

let lastOK = null; // Date of the last good read
let lastErrorText = "";

// el builds an element: attrs are set as attributes (or as properties for "hidden"), children are nodes or text.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function isHash(h) {
  return typeof h === "string" && /^0x[0-9a-fA-F]{64}$/.test(h);
}

function shortHash(h) {
  return isHash(h) ? h.slice(0, 10) + "…" + h.slice(-8) : String(h);
}

// txLink links an L1 transaction to the explorer template (one %s) when both are sound, else shows the hash.
function txLink(hash, template, short) {
  if (!isHash(hash) || hash === ZERO_HASH) return el("span", {}, "—");
  const code = el("code", { title: hash }, short ? shortHash(hash) : hash);
  if (typeof template === "string" && template.split("%s").length === 2) {
    try {
      const u = new URL(template.replace("%s", hash));
      if (u.protocol === "https:" || u.protocol === "http:") {
        return el("a", { href: u.href, rel: "noopener noreferrer", class: "l1tx" }, code);
      }
    } catch (_) { /* not a URL: plain hash */ }
  }
  return code;
}

// hashCell shows a hash short in a table; the full hash is its title (and in the banner, to copy).
function hashCell(h) {
  if (!isHash(h) || h === ZERO_HASH) return "—";
  return el("code", { title: h }, shortHash(h));
}

function pad(n) {
  return String(n).padStart(2, "0");
}

// clock is local time, 24 h: HH:MM:SS today, else YYYY-MM-DD HH:MM:SS.
function clock(d) {
  const t = pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
  if (d.toDateString() === new Date().toDateString()) return t;
  return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + " " + t;
}

function when(iso) {
  if (!iso) return "—";
  const d = new Date(iso);
  if (isNaN(d.getTime()) || d.getFullYear() < 2000) return "—";
  return clock(d) + " (" + ago(d) + ")";
}

function ago(d) {
  const s = Math.round((Date.now() - d.getTime()) / 1000);
  if (s < 0) return "in " + dur(-s);
  return dur(s) + " ago";
}

function dur(s) {
  if (s < 90) return s + " s";
  if (s < 5400) return Math.round(s / 60) + " min";
  if (s < 172800) return Math.round(s / 3600) + " h";
  return Math.round(s / 86400) + " d";
}

function num(n) {
  return typeof n === "number" ? n.toLocaleString("en-US") : "—";
}

// units formats a decimal wei string as a number of 10^18 units, to 4 decimals.
function units(wei) {
  if (typeof wei !== "string" || !/^[0-9]{1,100}$/.test(wei)) return String(wei ?? "—");
  const v = BigInt(wei);
  const one = 10n ** 18n;
  const whole = v / one;
  let frac = ((v % one) * 10000n / one).toString().padStart(4, "0").replace(/0+$/, "");
  return whole.toLocaleString("en-US") + (frac ? "." + frac : "");
}

function table(caption, headers, rows) {
  return el("div", { class: "table-wrap" },
    el("table", {},
      el("caption", { class: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows)));
}

// state decides the rollup's banner from the breaker's verdict.
function state(r) {
  const b = r.breaker || {};
  const level = b.level || "none";
  const action = b.action || "pass";
  if (action === "block-all" || action === "block-writes") {
    const what = action === "block-all" ? "every call is refused" : "transactions are refused";
    if (level === "none" && b.l1Stale) {
      return { cls: "tripped", word: "TRIPPED", text: "L1 alert state is stale and the policy is fail-closed: " + what };
    }
    return { cls: "tripped", word: "TRIPPED", text: level + " alert: " + what + " (" + action + ")" };
  }
  if (level !== "none") {
    return { cls: "warn", word: "ALERT", text: level + " alert; the policy lets calls through (" + action + ")" };
  }
  if (b.l1Stale) {
    return { cls: "warn", word: "L1 STALE", text: "alert state from L1 is stale; the policy is fail-open" };
  }
  if (b.alertSource === false) {
    return { cls: "info", word: "NO ALERT SOURCE", text: "this proxy reads no alert state: its breaker never trips" };
  }
  return { cls: "ok", word: "OK", text: "no open alert" };
}

function banner(r, st, tpl) {
  const b = r.breaker || {};
  const lines = [el("p", {}, st.text)];
  if (isHash(b.messageHash) && b.level !== "none") {
    lines.push(el("p", {}, "Alert ", el("code", { class: "alert-hash" }, b.messageHash)));
    lines.push(el("p", {}, "L1 tx ", txLink(b.l1TxHash, tpl), b.observedAt ? " · seen " + when(b.observedAt) : ""));
  }
  if (b.l1SyncedAt || b.l1Stale) {
    lines.push(el("p", {}, "L1 last synced " + when(b.l1SyncedAt) + (b.l1Stale ? " — STALE" : "")));
  }
  const healthy = (r.upstreams || []).filter((u) => u.healthy).length;
  if (healthy === 0) lines.push(el("p", { class: "state-sub" }, "No healthy upstream: every call fails"));
  return el("div", { class: "banner " + st.cls, "data-state": st.word },
    el("div", { class: "state" }, st.word), lines);
}

// halt shows the verifier halted at an invalid block: the block after the verified head failed re-execution, an
// alert is on its way to L1 (the breaker trips only once it lands there), and nothing later is verified.
function halt(r) {
  const h = r.verifierHalted;
  if (!h || typeof h.block !== "number") return null;
  const v = r.verifiedHead;
  const lines = [
    el("p", {}, "The verifier found block #" + num(h.block) + " invalid" + (h.kind ? " (" + h.kind + ")" : "") +
      ": nothing after " + (v ? "#" + num(v.number) : "its verified head") + " is verified until the L2 replaces it."),
    el("p", {}, "Block ", el("code", { class: "halt-hash" }, isHash(h.blockHash) ? h.blockHash : "—")),
  ];
  if (h.reason) lines.push(el("p", { class: "halt-reason" }, h.reason));
  if (isHash(h.messageHash) && h.messageHash !== ZERO_HASH) lines.push(el("p", {}, "Alert ", el("code", {}, h.messageHash)));
  lines.push(el("p", {}, "Detected " + when(h.detectedAt) + " · seen by this proxy " + when(h.seenAt)));
  return el("div", { class: "halt", role: "status", "data-halted": String(h.block) },
    el("div", { class: "state" }, "VERIFIER HALTED"), lines);
}

function heads(r) {
  const v = r.verifiedHead;
  const items = [
    ["L2 head", r.l2Head ? "#" + num(r.l2Head) : "unknown", r.l2Head ? "highest head of a healthy upstream" : "no healthy upstream"],
    ["Verified head", v ? "#" + num(v.number) : "unknown",
      v ? [el("code", { title: v.hash }, shortHash(v.hash)), " · ", when(v.at),
        r.verifierHalted ? " · halted at #" + num(r.verifierHalted.block) : ""] : "no verifier feed for this rollup"],
    ["Not yet verified", typeof r.verifiedLag === "number" ? num(r.verifiedLag) + (r.verifiedLag === 1 ? " block" : " blocks") : "—",
      typeof r.verifiedLag === "number" ? "L2 head minus verified head" : "needs both heads"],
  ];
  return el("dl", { class: "heads" }, items.map(([k, val, sub], i) =>
    el("div", { class: ["l2-head", "verified-head", "verified-lag"][i] },
      el("dt", {}, k), el("dd", {}, val, el("small", {}, sub)))));
}

function history(r, tpl, extras) {
  const out = [el("h3", {}, "Alert history on L1")];
  const h = r.alertHistory || [];
  if (h.length === 0) {
    out.push(el("p", { class: "empty" }, extras ? "No alert recorded on L1." : "Not known to this proxy (no L1 reader attached)."));
  } else {
    out.push(table("Alert history", ["Time", "Level", "Alert", "L1 tx", "L1 block", "Note"],
      h.slice(0, MAX_HISTORY).map((e) => el("tr", {},
        el("td", {}, when(e.at)), el("td", {}, e.level), el("td", {}, hashCell(e.messageHash)),
        el("td", {}, txLink(e.l1TxHash, tpl, true)), el("td", { class: "num" }, num(e.l1Block)), el("td", { class: "wrap" }, e.note || "")))));
    if (h.length > MAX_HISTORY) out.push(el("p", { class: "note" }, (h.length - MAX_HISTORY) + " older alerts not shown"));
  }
  const t = r.transitions || [];
  out.push(el("h3", {}, "Breaker transitions seen by this proxy"));
  if (t.length === 0) {
    out.push(el("p", { class: "empty" }, "None since the proxy started."));
  } else {
    out.push(table("Breaker transitions", ["Seen", "Action", "Level", "Alert", "L1 tx", "L1 stale"],
      t.map((x) => el("tr", {},
        el("td", {}, when(x.at)), el("td", {}, x.from + " → " + x.to), el("td", {}, x.level),
        el("td", {}, hashCell(x.messageHash)), el("td", {}, txLink(x.l1TxHash, tpl, true)), el("td", {}, x.l1Stale ? "yes" : "no")))));
  }
  return out;
}

function operators(r, extras) {
  const out = [el("h3", {}, "Operators and stake")];
  const ops = r.operators || [];
  if (ops.length === 0) {
    out.push(el("p", { class: "empty" }, extras ? "No operator registered." : "Not known to this proxy (no L1 reader attached)."));
    return out;
  }
  let total = 0n;
  for (const o of ops) if (/^[0-9]{1,100}$/.test(o.stake || "")) total += BigInt(o.stake);
  const share = (s) => {
    if (total === 0n || !/^[0-9]{1,100}$/.test(s || "")) return "—";
    return (Number(BigInt(s) * 10000n / total) / 100).toFixed(2) + " %";
  };
  const rows = ops.map((o) => el("tr", {},
    el("td", {}, el("code", { class: "operator" }, o.address)),
    el("td", { class: "num", title: (o.stake || "") + " wei" }, units(o.stake)),
    el("td", { class: "num" }, share(o.stake)),
    el("td", {}, (o.quorums || []).join(", ") || "—"),
    el("td", { class: o.signer === "ok" ? "good" : (o.signer ? "bad" : "") }, o.signer || "unknown")));
  rows.push(el("tr", {}, el("th", { scope: "row" }, "Total (" + ops.length + ")"),
    el("td", { class: "num", title: total + " wei" }, units(total.toString())), el("td", { class: "num" }, "100 %"),
    el("td", {}), el("td", {})));
  out.push(table("Operators", ["Operator", "Stake (10¹⁸ wei)", "Share", "Quorums", "Signer"], rows));
  return out;
}

function upstreams(r) {
  const ups = r.upstreams || [];
  const out = [el("h3", {}, "Upstreams")];
  out.push(table("Upstreams", ["Name", "Health", "Head", "Lag", "Error rate", "Latency", "Last check", "Last problem"],
    ups.map((u) => el("tr", {},
      el("td", {}, u.name), el("td", { class: u.healthy ? "good" : "bad" }, u.healthy ? "healthy" : "DOWN"),
      el("td", { class: "num" }, num(u.head)), el("td", { class: "num" }, num(u.lag)),
      el("td", { class: "num" }, typeof u.errorRate === "number" ? (u.errorRate * 100).toFixed(1) + " %" : "—"),
      el("td", { class: "num" }, typeof u.latencyMs === "number" ? u.latencyMs.toFixed(1) + " ms" : "—"),
      el("td", {}, when(u.lastCheck)), el("td", { class: "wrap" }, u.lastError || "")))));
  if (r.cache) {
    out.push(el("p", { class: "note" }, "Cache: " + num(r.cache.entries) + " entries, " + num(r.cache.bytes) + " bytes"));
  }
  return out;
}

function rollup(r, extras) {
  const id = "rollup-" + String(r.chainId);
  const tpl = r.l1ExplorerTxUrl || "";
  const st = state(r);
  return { st, node: el("section", { class: "rollup", "aria-labelledby": id, "data-rollup": r.name },
    el("h2", { id }, r.name, " ", el("small", {}, "chain " + r.chainId)),
    banner(r, st, tpl), halt(r), heads(r), history(r, tpl, extras), operators(r, extras), upstreams(r)) };
}

function render(s) {
  const main = document.getElementById("rollups");
  const rs = (s.rollups || []).map((r) => rollup(r, s.extras === true));
  main.replaceChildren(...rs.map((x) => x.node));
  if (rs.length === 0) main.append(el("p", { class: "empty" }, "This proxy serves no rollup."));
  const bad = (s.rollups || []).filter((r, i) => rs[i].st.cls === "tripped").map((r) => r.name);
  const halted = (s.rollups || []).filter((r) => r.verifierHalted).map((r) => r.name);
  const parts = [];
  if (bad.length) parts.push("TRIPPED: " + bad.join(", "));
  if (halted.length) parts.push("VERIFIER HALTED: " + halted.join(", "));
  const summary = parts.length ? parts.join(" · ") : "OK";
  document.title = summary + " · Mach proxy status";
  const live = document.getElementById("announce");
  if (live.textContent !== summary) live.textContent = summary; // read out on a change only
}

// busy reports whether redrawing would get in the user's way: text selected (a hash to copy) or keyboard focus on a
// link in the rollups. The data is then left as it is until the user is done.
function busy() {
  const main = document.getElementById("rollups");
  const sel = window.getSelection();
  if (sel && !sel.isCollapsed && main.contains(sel.anchorNode)) return "text is selected";
  if (document.activeElement && document.activeElement !== main && main.contains(document.activeElement)) return "a link has focus";
  return "";
}

function showError(msg) {
  const box = document.getElementById("error");
  const text = "Cannot read status.json: " + msg + ". " +
    (lastOK ? "What is shown is from " + clock(lastOK) + " and may be out of date." : "No data yet.");
  if (text !== lastErrorText) { // role=alert: announce changes only
    box.textContent = text;
    lastErrorText = text;
  }
  box.hidden = false;
  document.getElementById("rollups").classList.add("stale");
  document.title = "NO DATA · Mach proxy status";
}

async function poll() {
  try {
    const resp = await fetch("status.json", {
      cache: "no-store", headers: { Accept: "application/json" }, signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!resp.ok) throw new Error("HTTP " + resp.status);
    const s = await resp.json();
    const paused = busy();
    if (!paused) render(s);
    lastOK = new Date();
    lastErrorText = "";
    document.getElementById("error").hidden = true;
    document.getElementById("rollups").classList.remove("stale");
    document.getElementById("updated").textContent = "Updated " + clock(lastOK) +
      (s.time ? " (proxy clock " + clock(new Date(s.time)) + ")" : "") +
      (paused ? " — display paused while " + paused : "");
  } catch (e) {
    showError(e && e.name === "TimeoutError" ? "no answer within " + TIMEOUT_MS / 1000 + " s" : String(e && e.message || e));
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

poll();
