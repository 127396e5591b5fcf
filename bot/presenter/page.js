// The presenter page: asks the bot for the session's state every POLL_MS and shows it. Every
// text is set with textContent (a round's title or a rationale is someone's typing); the page
// is a view, the session is led in Telegram.
"use strict";
(() => {
  const POLL_MS = 1500;
  const TIMEOUT_MS = 4000;
  const LOST_AFTER = 2; // failed asks in a row before the page says it lost the connection
  const $ = (id) => document.getElementById(id);
  const body = document.body;
  let shown = "";
  let failures = 0;
  let labels = { live: "", lost: "" };

  function text(id, value) {
    const element = $(id);
    element.textContent = value || "";
    element.hidden = !value;
  }

  function element(tag, className, value) {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (value !== undefined) made.textContent = value;
    return made;
  }

  function bars(spread) {
    const box = element("div", "spread");
    if (spread.title) box.append(element("h3", "", spread.title));
    const most = Math.max(1, ...spread.bars.map((bar) => bar.count));
    for (const bar of spread.bars) {
      const row = element("div", "bar");
      row.append(element("span", "", bar.label));
      const track = element("span", "track");
      const fill = element("span", bar.count ? "fill" : "fill none");
      fill.style.width = (bar.count / most) * 70 + "%";
      track.append(fill, element("span", "n", String(bar.count)));
      row.append(track);
      box.append(row);
    }
    if (spread.figures) box.append(element("p", "figures", spread.figures));
    return box;
  }

  function chart(rows, axis) {
    const box = $("chart");
    box.replaceChildren();
    const scale = element("div", "row");
    const ticks = element("span", "axis");
    ticks.append(...axis.map((label) => element("span", "", label)));
    scale.append(element("span"), ticks, element("span"));
    box.append(scale);
    for (const row of rows) {
      const line = element("div", "row");
      line.append(element("span", "", row.name));
      const scale = element("span", "scale");
      if (row.median !== null) {
        const at = (value) => ((value - 0.5) / 4) * 100;
        const range = element("span", "range");
        range.style.insetInlineStart = at(row.low) + "%";
        range.style.width = Math.max(at(row.high) - at(row.low), 0.5) + "%";
        const median = element("span", "median");
        median.style.insetInlineStart = "calc(" + at(row.median) + "% - 0.4 * var(--u))";
        scale.append(range, median);
      }
      line.append(scale, element("span", "", row.text));
      box.append(line);
    }
    box.setAttribute("aria-label", $("summary-heading").textContent);
  }

  function more(sections) {
    const box = $("summary-more");
    box.replaceChildren();
    for (const section of sections) {
      box.append(element("h3", "", section.title));
      box.append(element("p", "", section.lines.join(" · ")));
    }
  }

  function render(state) {
    labels = state.labels;
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.dir;
    document.title = state.page_title;
    body.dataset.state = state.state;
    text("title", state.title);
    text("position", state.position);
    text("waiting", state.waiting);
    text("name", state.name);
    text("question", state.question);
    const phases = $("phases");
    phases.replaceChildren(...(state.phases || []).map((phase) => {
      const item = element("li");
      item.append(element("b", "", phase.label), element("span", "", phase.text));
      return item;
    }));
    phases.hidden = !(state.phases || []).length;
    const spreads = $("spreads");
    spreads.replaceChildren(...(state.spreads || []).map(bars));
    spreads.hidden = !(state.spreads || []).length;
    text("too-few", state.too_few);
    text("before", state.before);
    text("agreed-phase", state.agreed);
    text("rationale", state.rationale);
    $("agreed").hidden = !state.agreed;
    const summary = state.summary;
    $("summary").hidden = !summary;
    if (summary) {
      text("summary-heading", summary.heading);
      text("summary-note", summary.note);
      chart(summary.rows, summary.axis);
      more(summary.sections);
    }
    $("count").hidden = state.count === null;
    text("count-number", state.count === null ? "" : state.count_number);
    text("count-label", state.count_label);
    const join = state.join;
    $("join").hidden = !join;
    if (join) {
      const qr = $("join-qr");
      qr.hidden = !join.qr;
      if (join.qr && qr.getAttribute("src") !== join.qr) qr.src = join.qr;
      qr.alt = join.qr_alt || "";
      text("join-text", join.text);
    }
    text("anonymous", state.anonymous);
    fit();
  }

  // Shrinks every size a little at a time until nothing overflows the screen.
  function fit() {
    const root = document.documentElement;
    let k = 1;
    root.style.setProperty("--k", "1");
    const over = () => root.scrollHeight > window.innerHeight + 1
      || root.scrollWidth > window.innerWidth + 1
      || $("stage").scrollHeight > $("stage").clientHeight + 1;
    while (over() && k > 0.4) {
      k -= 0.05;
      root.style.setProperty("--k", k.toFixed(2));
    }
  }

  function status(lost) {
    const line = $("status");
    line.textContent = lost ? labels.lost : labels.live;
    line.classList.toggle("lost", lost);
    body.dataset.connection = lost ? "lost" : "live";
  }

  function refused(message) {
    body.classList.add("refused");
    body.dataset.state = "refused";
    text("title", message);
    text("position", "");
    $("status").textContent = "";
  }

  async function ask() {
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), TIMEOUT_MS);
    try {
      const answer = await fetch("state", { cache: "no-store", credentials: "same-origin",
                                            signal: stop.signal });
      if (answer.status === 403) {
        refused((await answer.json()).message);
        return; // the link ended or was replaced: nothing more to ask
      }
      if (!answer.ok) throw new Error(String(answer.status));
      const state = await answer.json();
      failures = 0;
      if (state.version !== shown) {
        shown = state.version;
        render(state);
      }
      status(false);
    } catch (problem) {
      failures += 1;
      if (failures >= LOST_AFTER) status(true);
    } finally {
      clearTimeout(timer);
    }
    setTimeout(ask, POLL_MS);
  }

  window.addEventListener("resize", fit);
  ask();
})();
