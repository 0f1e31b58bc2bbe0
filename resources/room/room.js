// The participant's page of Tandem's workshop room (docs/room.md). Talks to
// the facilitator's Tandem over one WebSocket; every text goes into the page
// as text (textContent), never as markup.
'use strict';

const TEXTS = {
  en: {
    title: 'Workshop room', connecting: 'Connecting…', online: 'Connected',
    offline: 'Offline – reconnecting…', joinTitle: 'Join the workshop', name: 'Your name',
    code: 'Room code', join: 'Join', youAre: 'You are', yourNote: 'Your note', add: 'Add note',
    vote: 'Vote', myNotes: 'Your notes', noNotes: 'None yet.', noBlock: 'No block is open yet',
    noBlockHint: 'Wait for the facilitator to open a block.',
    private: n => `Private mode: notes wait for the facilitator (${n} waiting in the room).`,
    waiting: 'waiting', added: 'on the canvas', discarded: 'discarded', paused: 'paused',
    voteLeft: (l, b) => `${l} of ${b} dots left. Tap + to place a dot, − to take it back.`,
    voteResult: 'The result: every participant\'s dots, most first.',
    yours: n => `yours ${n}`,
    dots: n => (n === 1 ? '1 dot' : `${n} dots`),
    place: 'Place a dot', takeBack: 'Take a dot back', closed: 'The room is closed.',
    errors: {
      'bad-json': 'The page sent something the room does not understand.',
      'too-large': 'That is too long to send.', 'unknown-type': 'The room does not know that request.',
      'bad-field': 'Something is missing.', 'empty-name': 'Give a name to join.',
      'name-too-long': 'The name is longer than 40 characters.', 'empty-note': 'Write something first.',
      'note-too-long': 'A note has at most 500 characters.', 'wrong-code': 'The room code is not right.',
      'not-joined': 'Join the room first.', 'already-joined': 'You are in already.',
      'room-full': 'The room is full (200 participants).', 'locked': 'The room is locked to newcomers.',
      'removed': 'The facilitator removed you from the room.', 'unknown-block': 'There is no such block.',
      'block-closed': 'That block is not open for notes.', 'no-block': 'No block is open for notes yet.',
      'rate-limit': 'At most 30 notes a minute: wait a moment.', 'flood': 'Slow down a little.',
      'no-vote': 'No vote is running.', 'not-in-vote': 'That note is not in the vote.',
      'no-dots': 'You have placed all your dots.', 'no-dot-here': 'You have no dot on that note.',
      'closed': 'The room is closed.', 'join-timeout': 'Connecting again…'
    }
  },
  de: {
    title: 'Workshop-Raum', connecting: 'Verbinde…', online: 'Verbunden',
    offline: 'Offline – verbinde neu…', joinTitle: 'Am Workshop teilnehmen', name: 'Ihr Name',
    code: 'Raumcode', join: 'Teilnehmen', youAre: 'Sie sind', yourNote: 'Ihre Notiz',
    add: 'Notiz hinzufügen', vote: 'Abstimmung', myNotes: 'Ihre Notizen', noNotes: 'Noch keine.',
    noBlock: 'Noch ist kein Block offen', noBlockHint: 'Bitte warten Sie, bis die Moderation einen Block öffnet.',
    private: n => `Privater Modus: Notizen warten auf die Moderation (${n} im Raum wartend).`,
    waiting: 'wartet', added: 'auf der Leinwand', discarded: 'verworfen', paused: 'pausiert',
    voteLeft: (l, b) => `${l} von ${b} Punkten übrig. + setzt einen Punkt, − nimmt ihn zurück.`,
    voteResult: 'Das Ergebnis: die Punkte aller Teilnehmenden, die meisten zuerst.',
    yours: n => `Ihre: ${n}`,
    dots: n => (n === 1 ? '1 Punkt' : `${n} Punkte`),
    place: 'Punkt setzen', takeBack: 'Punkt zurücknehmen', closed: 'Der Raum ist geschlossen.',
    errors: {
      'bad-json': 'Die Seite hat etwas gesendet, das der Raum nicht versteht.',
      'too-large': 'Das ist zu lang zum Senden.', 'unknown-type': 'Diese Anfrage kennt der Raum nicht.',
      'bad-field': 'Etwas fehlt.', 'empty-name': 'Bitte geben Sie einen Namen an, um teilzunehmen.',
      'name-too-long': 'Der Name ist länger als 40 Zeichen.', 'empty-note': 'Bitte schreiben Sie zuerst etwas.',
      'note-too-long': 'Eine Notiz hat höchstens 500 Zeichen.', 'wrong-code': 'Der Raumcode stimmt nicht.',
      'not-joined': 'Bitte treten Sie zuerst dem Raum bei.', 'already-joined': 'Sie sind schon dabei.',
      'room-full': 'Der Raum ist voll (200 Teilnehmende).', 'locked': 'Der Raum ist für Neue gesperrt.',
      'removed': 'Die Moderation hat Sie aus dem Raum entfernt.', 'unknown-block': 'Diesen Block gibt es nicht.',
      'block-closed': 'Dieser Block ist nicht für Notizen offen.', 'no-block': 'Noch ist kein Block für Notizen offen.',
      'rate-limit': 'Höchstens 30 Notizen pro Minute: bitte warten Sie einen Moment.', 'flood': 'Etwas langsamer, bitte.',
      'no-vote': 'Es läuft keine Abstimmung.', 'not-in-vote': 'Diese Notiz gehört nicht zur Abstimmung.',
      'no-dots': 'Sie haben alle Punkte gesetzt.', 'no-dot-here': 'Auf dieser Notiz haben Sie keinen Punkt.',
      'closed': 'Der Raum ist geschlossen.', 'join-timeout': 'Verbinde neu…'
    }
  }
};

const lang = (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
const T = TEXTS[lang];
const $ = id => document.getElementById(id);
const storeKey = 'tandem-room:' + location.pathname;
let socket = null;
let joined = false;
let retries = 0;
let countdownEnd = 0;
let countdownPaused = false;
let countdownTimer = 0;
let unsent = ''; // the last note sent, put back when it is refused
let finished = false; // removed, or the room closed: no reconnecting

function saved() {
  try { return JSON.parse(localStorage.getItem(storeKey) || '{}'); } catch (e) { return {}; }
}
function save(data) {
  try { localStorage.setItem(storeKey, JSON.stringify(data)); } catch (e) { /* private browsing */ }
}

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function showError(code, fallback) {
  const box = $('error');
  box.textContent = T.errors[code] || fallback || code;
  box.hidden = false;
  clearTimeout(showError.timer);
  showError.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

function setStatus(key, offline) {
  $('status').textContent = T[key];
  $('status').classList.toggle('offline', !!offline);
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  socket = new WebSocket(scheme + location.host + location.pathname + 'ws');
  socket.onopen = () => {
    retries = 0;
    setStatus('online');
    const me = saved();
    if (me.name && me.code) send({ type: 'join', name: me.name, code: me.code, key: me.key || '', lang: lang });
    else showJoin();
  };
  socket.onmessage = event => {
    let message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    receive(message);
  };
  socket.onclose = () => {
    joined = false;
    if (finished) return;
    setStatus('offline', true);
    // Bounded back-off: a phone that dropped comes back, a closed room is left alone.
    if (retries < 120) setTimeout(connect, Math.min(1000 * 2 ** retries++, 10000));
  };
}

function receive(message) {
  if (message.type === 'joined') {
    joined = true;
    const me = saved();
    save({ name: message.name, code: me.code, key: message.key });
    $('join').hidden = true;
    $('room').hidden = false;
  } else if (message.type === 'state') {
    unsent = '';
    render(message);
  } else if (message.type === 'error') {
    showError(message.error, message.message);
    if (unsent && !$('noteText').value && /note|block|rate|flood|too-large/.test(message.error)) {
      $('noteText').value = unsent;
      $('count').textContent = unsent.length + ' / 500';
    }
    unsent = '';
    if (message.error === 'wrong-code' || message.error === 'locked' || message.error === 'room-full') {
      if (!joined) showJoin();
    }
    if (message.error === 'removed' || message.error === 'closed') {
      finished = true;
      save({});
      $('room').hidden = true;
      setStatus('closed', true);
    }
  }
}

function showJoin() {
  const me = saved();
  $('join').hidden = false;
  $('room').hidden = true;
  $('name').value = me.name || $('name').value;
  const fromAddress = decodeURIComponent(location.hash.replace(/^#/, ''));
  $('code').value = me.code || fromAddress || $('code').value;
}

function render(state) {
  $('me').textContent = state.name;
  renderBlock(state);
  const info = $('privateInfo');
  info.hidden = !state.private;
  info.textContent = state.private ? T.private(state.inbox) : '';
  renderMyNotes(state.notes || []);
  renderVote(state.vote || { phase: 'none' });
}

function renderBlock(state) {
  const block = state.block;
  $('blockTitle').textContent = block ? block.title : T.noBlock;
  $('blockQuestion').textContent = block ? block.question : T.noBlockHint;
  const select = $('noteBlock');
  const choices = state.blocks || [];
  select.hidden = choices.length === 0;
  const keep = select.value || (block ? block.key : '');
  select.replaceChildren();
  for (const choice of choices) {
    const option = el('option', choice.title);
    option.value = choice.key;
    select.appendChild(option);
  }
  if (choices.length) select.value = keep;
  $('addNote').disabled = !block && choices.length === 0;
  if (state.countdown) {
    countdownPaused = state.countdown.paused;
    countdownEnd = Date.now() + state.countdown.remainingMs;
    countdownPausedMs = state.countdown.remainingMs;
    $('countdown').hidden = false;
    tick();
    clearInterval(countdownTimer);
    countdownTimer = setInterval(tick, 500);
  } else {
    $('countdown').hidden = true;
    clearInterval(countdownTimer);
  }
}

let countdownPausedMs = 0;
function tick() {
  const ms = Math.max(0, countdownPaused ? countdownPausedMs : countdownEnd - Date.now());
  const seconds = Math.ceil(ms / 1000);
  const text = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  $('countdown').textContent = countdownPaused ? text + ' (' + T.paused + ')' : text;
}

function renderMyNotes(notes) {
  const list = $('myNotes');
  list.replaceChildren();
  $('noNotes').hidden = notes.length > 0;
  for (const note of notes.slice().reverse()) {
    const item = el('li', note.text);
    const meta = el('div', undefined, 'meta');
    meta.appendChild(el('span', note.block));
    meta.appendChild(el('span', T[note.state] || note.state, 'badge ' + note.state));
    item.appendChild(meta);
    list.appendChild(item);
  }
}

function renderVote(vote) {
  $('vote').hidden = vote.phase === 'none';
  if (vote.phase === 'none') return;
  const result = vote.phase === 'result';
  $('voteInfo').textContent = result ? T.voteResult : T.voteLeft(vote.left, vote.budget);
  const list = $('voteNotes');
  list.replaceChildren();
  // The result is a ranking: the notes with the most dots first.
  const notes = result ? vote.notes.slice().sort((a, b) => b.total - a.total) : vote.notes;
  for (const note of notes) {
    const item = el('li', note.text);
    const meta = el('div', undefined, 'meta');
    meta.appendChild(el('span', note.block));
    const dots = el('span', undefined, 'dots');
    if (result) {
      dots.appendChild(el('span', T.yours(note.mine), 'yours'));
      dots.appendChild(el('span', T.dots(note.total), note.total ? 'total' : 'total none'));
    } else {
      const minus = el('button', '−');
      minus.type = 'button';
      minus.setAttribute('aria-label', T.takeBack);
      minus.disabled = note.mine === 0;
      minus.addEventListener('click', () => send({ type: 'vote', note: note.id, delta: -1 }));
      const plus = el('button', '+');
      plus.type = 'button';
      plus.setAttribute('aria-label', T.place);
      plus.disabled = vote.left === 0;
      plus.addEventListener('click', () => send({ type: 'vote', note: note.id, delta: 1 }));
      dots.append(minus, el('span', note.mine, 'mine'), plus);
    }
    meta.appendChild(dots);
    item.appendChild(meta);
    list.appendChild(item);
  }
}

function translatePage() {
  document.documentElement.lang = lang;
  document.title = 'Tandem – ' + T.title;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = T[node.dataset.t];
}

document.addEventListener('DOMContentLoaded', () => {
  translatePage();
  $('joinForm').addEventListener('submit', event => {
    event.preventDefault();
    const name = $('name').value.trim();
    const code = $('code').value.trim().toUpperCase();
    const me = saved();
    // A new name is a new participant; the same name keeps the key.
    save({ name: name, code: code, key: me.name === name ? me.key : '' });
    send({ type: 'join', name: name, code: code, key: me.name === name ? (me.key || '') : '', lang: lang });
  });
  $('noteText').addEventListener('input', () => {
    $('count').textContent = $('noteText').value.length + ' / 500';
  });
  $('noteForm').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('noteText').value.trim();
    if (!text) { showError('empty-note'); return; }
    const message = { type: 'note', text: text };
    if (!$('noteBlock').hidden) message.block = $('noteBlock').value;
    send(message);
    unsent = text;
    $('noteText').value = '';
    $('count').textContent = '0 / 500';
  });
  connect();
});
