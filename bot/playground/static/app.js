// Tuan playground: pick who you are and a chat, talk to Tuan, watch cards update in every tab.
// Plain JavaScript, no build step, no network beyond this server. Text is always set with
// textContent, never parsed as HTML.
"use strict";

const FRIENDS = ["amy", "bob", "cat", "dan"];
// The example chips under the messages, in the page's language (pageLanguage()): Tuan answers in the
// language typed, so an English page offers the English commands.
const EXAMPLES = {
  zh: {
    group: ["接龙 海南贵妃芒 5斤 价格 88 阶梯 5:78,10:68 成团 6 库存 30 限购 3 截止 明天 20:00",
            "+1", "＋２", "-1", "进度", "截单", "我已付款", "帮助"],
    private: ["我的订单", "我已付款", "帮助"],
  },
  en: {
    group: ["/groupbuy Mangoes 5kg price 88 tiers 5:78,10:68 target 6 stock 30 limit 3 ends tomorrow 20:00",
            "+1", "+2", "-1", "/status", "/close", "/ipaid", "/help"],
    private: ["/orders", "/ipaid", "/help"],
  },
};
// An empty group chat says how to start, in both languages, the page's first.
const EMPTY_GROUP = {
  en: "No messages yet. Start a group buy: /groupbuy Mangoes price 88 target 2 (in Chinese: 接龙 芒果 价格 88 成团 2)",
  zh: "No messages yet. Start a group buy: 接龙 芒果 价格 88 成团 2 (in English: /groupbuy Mangoes price 88 target 2)",
};
const MAX_IMAGE_BYTES = 2 * 1024 * 1024; // what the server takes (bot/playground/images.py)
const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"];
const FRIEND_COLORS = { amy: "#f0883e", bob: "#58a6ff", cat: "#bc8cff", dan: "#3fb950" };
const COLORS = ["#f0883e", "#3fb950", "#58a6ff", "#bc8cff", "#ff7b72", "#d29922", "#39c5cf", "#db61a2"];

const state = {
  user: null,
  chat: null,
  users: [],
  chats: [],
  messages: new Map(), // message_id -> message of the open chat
  unread: new Map(),   // chat -> count
  stream: null,
  image: null,         // the photo attached to the next message (a File)
  stick: true,         // the reader is at the newest message: keep her there as messages and photos arrive
  lastTop: 0,          // the list's scrollTop at its last scroll event (did she scroll up?)
  lang: "en",          // the page's language: its examples' (pageLanguage())
  timeZone: undefined, // Tuan's (GET /api/clock): the cards' times are in it, so are the bubbles'
};

// `?lang=zh` / `?lang=en`, else the browser's language: Chinese for a zh-* browser, else English.
function pageLanguage(params) {
  const asked = (params.get("lang") || "").toLowerCase();
  if (asked === "zh" || asked === "en") return asked;
  const browser = (navigator.languages && navigator.languages[0]) || navigator.language || "";
  return browser.toLowerCase().startsWith("zh") ? "zh" : "en";
}

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function colorOf(name) {
  const friend = FRIEND_COLORS[name.toLowerCase()];
  if (friend) return friend;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return COLORS[hash % COLORS.length];
}

function avatar(name, bot = false) {
  const node = el("span", { class: "avatar", text: bot ? "团" : (name[0] || "?").toUpperCase() });
  node.style.background = bot ? "var(--tuan)" : colorOf(name);
  return node;
}

function nameOf(userId) {
  const found = state.users.find((u) => u.id === userId);
  return found ? found.name : userId.charAt(0).toUpperCase() + userId.slice(1);
}

function isPrivate(chat) { return chat === state.user; }
function friendsOnly(chat) {
  const known = state.chats.find((c) => c.name === chat);
  return known ? known.kind === "private" : state.users.some((u) => u.id === chat);
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `${response.status} ${response.statusText}`);
  return data;
}

let toastTimer = null;
function toast(text, error = false) {
  const node = $("toast");
  node.textContent = text;
  node.className = error ? "toast error" : "toast";
  node.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { node.hidden = true; }, error ? 5000 : 2500);
}

// -- who and where -----------------------------------------------------------------------------
function remember() {
  sessionStorage.setItem("tuan.user", state.user);
  sessionStorage.setItem("tuan.chat", state.chat);
  const url = new URL(location.href);
  url.searchParams.set("user", state.user);
  url.searchParams.set("chat", state.chat);
  history.replaceState(null, "", url);
}

function renderUsers() {
  const box = $("users");
  box.replaceChildren();
  for (const user of state.users) {
    box.append(el("button", {
      class: "user-chip", type: "button", role: "radio", "aria-checked": String(user.id === state.user),
      "data-user": user.id, onclick: () => chooseUser(user.id),
    }, avatar(user.name), el("span", { text: user.name })));
  }
}

function renderChats() {
  const list = $("chats");
  list.replaceChildren();
  const groups = state.chats.filter((c) => c.kind === "group");
  const rows = groups.map((c) => ({ name: c.name, label: c.name, icon: "#", private: false }));
  rows.push({ name: state.user, label: "Tuan · private chat", icon: "团", private: true });
  for (const row of rows) {
    const unread = state.unread.get(row.name) || 0;
    list.append(el("li", { class: row.private ? "private" : "" }, el("button", {
      type: "button", "data-chat": row.name, "aria-current": String(row.name === state.chat),
      onclick: () => chooseChat(row.name),
    }, el("span", { class: "chat-icon", text: row.icon }), el("span", { class: "name", text: row.label }),
    unread ? el("span", { class: "badge", text: String(unread) }) : null)));
  }
}

function renderHeader() {
  const priv = isPrivate(state.chat);
  $("chat-title").textContent = priv ? "Tuan" : state.chat;
  $("chat-sub").textContent = priv
    ? `${nameOf(state.user)}'s private chat with the bot: orders and payments`
    : `group chat · you are ${nameOf(state.user)}`;
  $("chat-avatar").textContent = priv ? "团" : "#";
  $("chat-avatar").style.background = priv ? "var(--tuan)" : colorOf(state.chat);
  $("text").placeholder = `Message as ${nameOf(state.user)}…`;
  $("sidebar-toggle").textContent = `${nameOf(state.user)} · ${priv ? "private chat" : state.chat} ▾`;
  const examples = $("examples");
  examples.replaceChildren();
  for (const text of EXAMPLES[state.lang][priv ? "private" : "group"]) {
    examples.append(el("button", {
      type: "button", title: "Put this in the message box", text: text.length > 28 ? text.slice(0, 26) + "…" : text,
      onclick: () => { $("text").value = text; $("text").focus(); },
    }));
  }
}

async function chooseUser(userId) {
  const wasPrivate = isPrivate(state.chat);
  state.user = userId;
  if (!state.users.some((u) => u.id === userId)) state.users.push({ id: userId, name: nameOf(userId) });
  if (wasPrivate || (friendsOnly(state.chat) && state.chat !== userId)) state.chat = "family";
  renderUsers();
  await chooseChat(state.chat);
}

// On a narrow screen the sidebar is one line (who you are · which chat) that opens on a tap, so the chat
// keeps the height; picking someone or a chat closes it again.
function openSidebar(open) {
  $("sidebar").classList.toggle("open", open);
  $("sidebar-toggle").setAttribute("aria-expanded", String(open));
}

async function chooseChat(chat) {
  openSidebar(false);
  if (friendsOnly(chat) && chat !== state.user) chat = "family";
  state.chat = chat;
  state.unread.delete(chat);
  remember();
  renderChats();
  renderHeader();
  const data = await api("GET", `/api/chats/${encodeURIComponent(chat)}/messages`);
  if (data.chat !== state.chat) return; // switched again meanwhile
  state.messages = new Map(data.messages.map((m) => [m.message_id, m]));
  renderMessages(true);
}

// -- messages ------------------------------------------------------------------------------------
function renderButtons(message) {
  if (!message.buttons.length) return null;
  const box = el("div", { class: "buttons" });
  for (const row of message.buttons) {
    const line = el("div", { class: "button-row" });
    for (const button of row) {
      line.append(el("button", {
        type: "button", "data-data": button.data, text: button.label,
        onclick: (event) => tap(message, button, event.currentTarget),
      }));
    }
    box.append(line);
  }
  return box;
}

// Times on a 24-hour clock in Tuan's time zone, as the cards' own times are (`截止：… 20:00`); the
// server dates messages on Tuan's clock, the one `POST /api/clock` moves, so "ends 2h" reads right.
function time(iso) {
  if (!iso) return "";
  const options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  try {
    return new Date(iso).toLocaleTimeString([], { ...options, timeZone: state.timeZone });
  } catch {
    return new Date(iso).toLocaleTimeString([], options); // a zone this browser does not know
  }
}

// When a card was last edited, in the card's language (`lang`: its chat's, from the server).
const CARD_UPDATED = { zh: (at) => `${at} 更新`, en: (at) => `updated ${at}` };
function updated(message) {
  if (!message.edited_at) return "";
  return (CARD_UPDATED[message.lang] || CARD_UPDATED.en)(time(message.edited_at));
}

// The image a message shows (a photo card's photo, an attached one), from this server.
function photo(message) {
  if (!message.image) return null;
  let path;
  try { path = new URL(message.image).pathname; } catch { return null; }
  if (!path.startsWith("/files/")) return null;
  return el("img", { class: "photo", src: path, alt: "photo", loading: "lazy" });
}

function renderMessage(message) {
  const mine = message.from === state.user;
  const name = message.bot ? "Tuan" : message.name;
  let body;
  if (message.card_of !== null && message.card_of !== undefined) {
    body = el("div", { class: "card", "data-card": String(message.card_of) },
      // what the card shows (`团购 #2`, `笔记 #1`), as the server names it: `card_of` is only its key
      el("div", { class: "card-head" }, el("span", { text: message.card_label || "" }),
        el("span", { text: updated(message) })),
      photo(message),
      el("div", { class: "card-text", text: message.text }),
      renderButtons(message));
  } else {
    body = el("div", { class: "bubble" }, photo(message), ...(message.text ? linked(message.text, message.bot) : []),
      renderButtons(message));
  }
  return el("li", { class: `msg${mine ? " mine" : ""}${message.bot ? " bot" : ""}`, "data-id": String(message.message_id) },
    avatar(name, message.bot),
    el("div", { class: "msg-body" },
      mine ? null : el("div", { class: "msg-name", text: name }),
      body,
      reaction(message),
      el("div", { class: "msg-meta", text: time(message.sent_at) })));
}

// Tuan's reaction on a member's message (👍 on a typed like), as Telegram shows it under the bubble.
function reaction(message) {
  if (!message.reaction) return null;
  return el("div", { class: "reaction", title: "Tuan reacted", text: message.reaction });
}

// A bot message's download links (a file it sent: /export) become links; any other text stays text.
function linked(text, bot) {
  if (!bot) return [text];
  return text.split(/(https?:\/\/\S+)/).map((part, i) => {
    if (i % 2 === 0) return part;
    let path;
    try { path = new URL(part).pathname; } catch { return part; }
    if (!path.startsWith("/files/")) return part;
    return el("a", { href: path, download: "", target: "_blank", rel: "noopener", text: part });
  });
}

function nearBottom(list) { return list.scrollHeight - list.scrollTop - list.clientHeight < 80; }

// To the newest message, and stay there: a photo loading above it scrolls again (stuck()).
function toBottom() {
  const list = $("messages");
  state.stick = true;
  list.scrollTop = list.scrollHeight;
  state.lastTop = list.scrollTop;
  $("new-below").hidden = true;
}

// The reader scrolled: up (not near the bottom) lets go of the newest message; back down holds it.
function scrolled() {
  const list = $("messages");
  if (nearBottom(list)) { state.stick = true; $("new-below").hidden = true; }
  else if (list.scrollTop < state.lastTop) state.stick = false;
  state.lastTop = list.scrollTop;
}

// A photo loaded (its box is fixed in CSS, but its card may still grow): keep the newest message in view.
function stuck(event) {
  if (event.target.tagName === "IMG" && state.stick) toBottom();
}

function renderMessages(scroll) {
  const list = $("messages");
  list.replaceChildren();
  const all = [...state.messages.values()].sort((a, b) => a.message_id - b.message_id);
  if (!all.length) {
    list.append(el("li", { class: "empty", text: isPrivate(state.chat)
      ? "Your private chat with Tuan. Orders and payment requests arrive here."
      : EMPTY_GROUP[state.lang] }));
  }
  for (const message of all) list.append(renderMessage(message));
  if (scroll) toBottom();
}

function upsert(message) {
  const list = $("messages");
  const stick = state.stick;
  const had = state.messages.has(message.message_id);
  state.messages.set(message.message_id, message);
  const old = list.querySelector(`[data-id="${message.message_id}"]`);
  if (had && old) {
    const fresh = renderMessage(message);
    old.replaceWith(fresh);
    const card = fresh.querySelector(".card");
    if (card) { card.classList.add("flash"); setTimeout(() => card.classList.remove("flash"), 700); }
  } else {
    renderMessages(false);
  }
  if (stick || message.from === state.user) toBottom();
  else if (!had) $("new-below").hidden = false; // she scrolled up: say a message came, below
}

// Bubbles and cards arrive through the stream (in every tab); a toast answers only the tapper.
function showReplies(result) {
  for (const reply of result.replies || []) if (reply.toast) toast(reply.toast);
}

// -- doing things ------------------------------------------------------------------------------
// A photo for the next message: sent with 接龙 … it becomes the card's photo.
function attach(event) {
  const file = event.target.files[0] || null;
  event.target.value = "";
  if (file && !IMAGE_TYPES.includes(file.type)) { toast("Attach a PNG, JPEG, WebP or GIF image", true); return; }
  if (file && file.size > MAX_IMAGE_BYTES) { toast("That image is over 2 MB", true); return; }
  state.image = file;
  renderAttached();
}

function renderAttached() {
  const chip = $("attached");
  chip.replaceChildren();
  chip.hidden = !state.image;
  if (!state.image) return;
  chip.append(el("span", { text: `📷 ${state.image.name}` }),
    el("button", { type: "button", title: "Remove the photo", text: "×",
      onclick: () => { state.image = null; renderAttached(); } }));
}

// A message with a photo goes as a form (its fields and the file `image`); text alone as JSON.
async function post(text) {
  if (!state.image) return api("POST", "/api/messages", { chat: state.chat, user: state.user, text });
  const form = new FormData();
  form.append("chat", state.chat);
  form.append("user", state.user);
  form.append("text", text);
  form.append("image", state.image, state.image.name);
  const response = await fetch("/api/messages", { method: "POST", body: form });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `${response.status} ${response.statusText}`);
  return data;
}

async function send(event) {
  event.preventDefault();
  const input = $("text");
  const text = input.value;
  if (!text.trim() && !state.image) return;
  $("send").disabled = true;
  try {
    const result = await post(text);
    input.value = "";
    state.image = null;
    renderAttached();
    showReplies(result);
  } catch (error) {
    toast(error.message, true);
  } finally {
    $("send").disabled = false;
    input.focus();
  }
}

async function tap(message, button, node) {
  node.disabled = true;
  try {
    const result = await api("POST", "/api/buttons", {
      chat: state.chat, user: state.user, message_id: message.message_id, data: button.data,
    });
    showReplies(result);
  } catch (error) {
    toast(error.message, true);
  } finally {
    node.disabled = false;
  }
}

async function newUser(event) {
  event.preventDefault();
  const input = event.target.elements.name;
  const raw = input.value.trim();
  if (!raw) return;
  const id = raw.toLowerCase();
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}_ .-]*$/u.test(id)) { toast("A name may hold letters, digits, spaces, . - _", true); return; }
  if (!state.users.some((u) => u.id === id)) state.users.push({ id, name: raw });
  input.value = "";
  await chooseUser(id);
}

async function newChat(event) {
  event.preventDefault();
  const input = event.target.elements.name;
  const name = input.value.trim();
  if (!name) return;
  try {
    const chat = await api("POST", "/api/chats", { name });
    if (!state.chats.some((c) => c.name === chat.name)) state.chats.push(chat);
    input.value = "";
    await chooseChat(chat.name);
  } catch (error) {
    toast(error.message, true);
  }
}

// -- live updates --------------------------------------------------------------------------------
function connect() {
  const stream = new EventSource("/api/events");
  state.stream = stream;
  stream.onopen = () => { $("live").textContent = "live"; $("live").classList.add("on"); };
  stream.onerror = () => { $("live").textContent = "reconnecting…"; $("live").classList.remove("on"); };
  stream.onmessage = (event) => {
    const data = JSON.parse(event.data);
    if (data.type === "chat") {
      if (!state.chats.some((c) => c.name === data.chat.name)) state.chats.push(data.chat);
      renderChats();
    } else if (data.type === "message") {
      const message = data.message;
      if (message.from && !state.users.some((u) => u.id === message.from)) {
        state.users.push({ id: message.from, name: message.name });
        renderUsers();
      }
      if (message.chat === state.chat) {
        upsert(message);
      } else if (!message.edited_at && message.from !== state.user) {
        state.unread.set(message.chat, (state.unread.get(message.chat) || 0) + 1);
        renderChats();
      }
    } else if (data.type === "reaction") {
      // a message shown before, with Tuan's reaction on it now: nothing new to count as unread
      const message = data.message;
      if (message.chat === state.chat && state.messages.has(message.message_id)) upsert(message);
    }
  };
}

async function start() {
  const params = new URLSearchParams(location.search);
  const [users, chats, clock] = await Promise.all(
    [api("GET", "/api/users"), api("GET", "/api/chats"), api("GET", "/api/clock")]);
  state.lang = pageLanguage(params);
  state.timeZone = clock.timezone || undefined;
  state.users = users.users;
  state.chats = chats.chats;
  state.user = (params.get("user") || sessionStorage.getItem("tuan.user") || FRIENDS[0]).toLowerCase();
  if (!state.users.some((u) => u.id === state.user)) state.users.push({ id: state.user, name: nameOf(state.user) });
  state.chat = (params.get("chat") || sessionStorage.getItem("tuan.chat") || "family").toLowerCase();
  $("composer").addEventListener("submit", send);
  $("image").addEventListener("change", attach);
  $("new-user").addEventListener("submit", newUser);
  $("new-chat").addEventListener("submit", newChat);
  $("messages").addEventListener("scroll", scrolled, { passive: true });
  $("messages").addEventListener("load", stuck, true); // load does not bubble: caught on the way down
  $("new-below").addEventListener("click", toBottom);
  $("sidebar-toggle").addEventListener("click", () => openSidebar(!$("sidebar").classList.contains("open")));
  renderUsers();
  connect();
  await chooseChat(state.chat);
  document.body.dataset.ready = "true";
}

start().catch((error) => toast(`The playground could not start: ${error.message}`, true));
