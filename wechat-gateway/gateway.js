#!/usr/bin/env node
/**
 * Tuan's WeChat test gateway: a scripted WeChat served to a real python-wechaty bot, on loopback only.
 *
 * A mock puppet (wechaty-puppet-mock) holds a small world: the bot's account, four members and one room.
 * wechaty-puppet-service serves it over plaintext gRPC with a token, as a real puppet service would, so
 * `tuan run wechat` connects to it exactly as it connects in production. A control endpoint over HTTP lets
 * a test make members speak (with mentions) and read the transcript: every member message and every
 * message the bot sent, with its mentions, in order. That transcript is what the members see.
 *
 *   node gateway.js --port 8788 --token insecure_tuan_test [--control-port 0]
 *
 * On start it prints one JSON line: {"event":"ready","endpoint":"127.0.0.1:8788","control":"http://...",
 * "world":{...}}. Control API (JSON):
 *   GET  /world                      the bot, the room and its members (ids, names, room aliases)
 *   POST /say {from,text,to?,mentions?}  a member speaks: `to` is a room id (default: the room) or the
 *                                    bot's id (a private chat); `mentions` are contact ids
 *                                    (answers the transcript entry, with the message `id`)
 *   POST /image {from,base64,name?,to?}  a member sends a photo (its bytes in base64): an image message
 *                                    whose picture the bot can fetch by its id (`messageImage`), as from
 *                                    WeChat (answers the transcript entry, with `id` and `image`)
 *   POST /redeliver {id}             deliver a member's message to the bot once more (puppets do)
 *   GET  /transcript?after=N&wait=MS&bot=1   entries with seq > N; with `wait`, holds the request until
 *                                    one arrives (with `bot=1`: one the bot sent) or MS pass
 *
 * A file the bot sends (a file message, /export) is a transcript entry with `file`: its name, size and
 * bytes in base64, so a test opens what the member received. An image the bot posts (a photo card's
 * photo, fetched from a member's image message) is such a file message too.
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { parseArgs } from 'node:util'

import { FileBox } from 'file-box'
import * as PUPPET from 'wechaty-puppet'
import { PuppetMock, mock } from 'wechaty-puppet-mock'
import { PuppetServer } from 'wechaty-puppet-service'

const HOST = '127.0.0.1'
const MAX_WAIT_MS = 30_000

const WORLD = {
  bot: { id: 'wxid_tuan_bot', name: '团购助手' },
  room: { id: 'mango-lovers@chatroom', topic: '芒果团购群' },
  // 王五 has a room alias that differs from his WeChat name: the card must show the alias. 赵六 is in
  // the room but not the bot's friend: like WeChat, the gateway refuses the bot's private messages to him.
  members: [
    { id: 'wxid_zhangsan', name: '张三' },
    { id: 'wxid_lisi', name: '李四' },
    { id: 'wxid_wangwu', name: 'Wang Wu', alias: '王五' },
    { id: 'wxid_zhaoliu', name: '赵六', friend: false },
  ],
}

function options () {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      token: { type: 'string' },
      'control-port': { type: 'string', default: '0' },
    },
  })
  if (!values.port || !values.token) {
    console.error('usage: node gateway.js --port PORT --token TOKEN [--control-port PORT]')
    process.exit(2)
  }
  return { port: Number(values.port), token: values.token, controlPort: Number(values['control-port']) }
}

/** The transcript: member messages and bot messages, numbered, with long-poll waiters. */
class Transcript {
  entries = []
  waiters = new Set()

  add (entry) {
    const recorded = { seq: this.entries.length + 1, time: Date.now(), ...entry }
    this.entries.push(recorded)
    for (const waiter of [...this.waiters]) waiter()
    return recorded
  }

  after (seq, botOnly) {
    return this.entries.filter(e => e.seq > seq && (!botOnly || e.bot))
  }

  async wait (seq, botOnly, ms) {
    if (this.after(seq, botOnly).length > 0 || ms <= 0) return this.after(seq, botOnly)
    await new Promise(resolve => {
      const done = () => { clearTimeout(timer); this.waiters.delete(check); resolve() }
      const check = () => { if (this.after(seq, botOnly).length > 0) done() }
      const timer = setTimeout(done, Math.min(ms, MAX_WAIT_MS))
      this.waiters.add(check)
    })
    return this.after(seq, botOnly)
  }
}

function buildWorld (mocker) {
  const bot = mocker.createContact({ id: WORLD.bot.id, name: WORLD.bot.name })
  const members = new Map()
  for (const m of WORLD.members) {
    members.set(m.id, mocker.createContact({ id: m.id, name: m.name, friend: m.friend ?? true }))
  }
  const room = mocker.createRoom({
    id: WORLD.room.id,
    topic: WORLD.room.topic,
    memberIdList: [bot.id, ...members.keys()],
    ownerId: WORLD.members[0].id,
    adminIdList: [WORLD.members[0].id],
  })
  return { bot, members, room }
}

/** The mock knows no room aliases: answer member payloads with the scripted ones. */
function withRoomAliases (puppet) {
  const aliases = new Map(WORLD.members.filter(m => m.alias).map(m => [m.id, m.alias]))
  const original = puppet.roomMemberRawPayload.bind(puppet)
  puppet.roomMemberRawPayload = async (roomId, contactId) => {
    const payload = await original(roomId, contactId)
    return roomId === WORLD.room.id && aliases.has(contactId)
      ? { ...payload, roomAlias: aliases.get(contactId) }
      : payload
  }
}

/**
 * Record every text the bot sends, with its mentions, and deliver it as the bot's own message (which
 * comes back to the bot as a message event, as WeChat does). The mock would drop the mentions and return
 * no message id, which python-wechaty then fails to load: build the message here instead.
 */
function recordBotMessages ({ puppet, mocker, world, transcript, names }) {
  puppet.messageSendText = async (conversationId, text, mentionIdList = []) => {
    const mentions = [...(mentionIdList ?? [])]
    const inRoom = conversationId === WORLD.room.id
    if (!inRoom && !world.members.has(conversationId)) throw new Error(`no conversation ${conversationId}`)
    if (!inRoom && world.members.get(conversationId).payload.friend === false) {
      console.log(JSON.stringify({ event: 'refused', to: conversationId, reason: 'not a friend', text }))
      throw new Error(`${conversationId} is not a friend of the bot`)
    }
    const entry = transcript.add({
      bot: true,
      from: WORLD.bot.id,
      fromName: WORLD.bot.name,
      room: inRoom ? conversationId : null,
      to: conversationId,
      text,
      mentions,
      mentionNames: mentions.map(id => names.get(id) ?? id),
    })
    console.log(JSON.stringify({ event: 'bot-message', ...entry }))
    const message = mocker.MessageMock.create({
      id: `bot-${entry.seq}-${Date.now()}`,
      talkerId: WORLD.bot.id,
      timestamp: Date.now(),
      type: PUPPET.types.Message.Text,
      text,
      ...(inRoom ? { roomId: conversationId, mentionIdList: mentions } : { listenerId: conversationId }),
    })
    puppet.emit('message', { messageId: message.id })
    return message.id
  }
}

/** Record every file the bot sends (a FileBox, base64 over the puppet service), as a transcript entry. */
function recordBotFiles ({ puppet, world, transcript }) {
  puppet.messageSendFile = async (conversationId, fileBox) => {
    const inRoom = conversationId === WORLD.room.id
    if (!inRoom && !world.members.has(conversationId)) throw new Error(`no conversation ${conversationId}`)
    if (!inRoom && world.members.get(conversationId).payload.friend === false) {
      throw new Error(`${conversationId} is not a friend of the bot`)
    }
    const base64 = await fileBox.toBase64()
    const entry = transcript.add({
      bot: true,
      from: WORLD.bot.id,
      fromName: WORLD.bot.name,
      room: inRoom ? conversationId : null,
      to: conversationId,
      text: '',
      mentions: [],
      mentionNames: [],
      file: { name: fileBox.name, size: Buffer.from(base64, 'base64').length, base64 },
    })
    console.log(JSON.stringify({ event: 'bot-file', seq: entry.seq, to: conversationId, name: fileBox.name }))
    return `bot-file-${entry.seq}-${Date.now()}`
  }
}

/**
 * Members' photos: the mock has no picture to give for an image message (it answers a QR code), so the
 * gateway keeps each photo a member sends (`POST /image`) and hands it over by its message id.
 */
function memberPhotos ({ puppet, photos }) {
  const original = puppet.messageImage.bind(puppet)
  puppet.messageImage = async (messageId, imageType) => {
    const photo = photos.get(messageId)
    return photo ? FileBox.fromBase64(photo.base64, photo.name) : original(messageId, imageType)
  }
}

/** A member's message, like the mock's `contact.say(text, mentions).to(room)` but with a known id. */
function say ({ mocker, puppet, id, talker, text, mentioned, conversation, room, type = PUPPET.types.Message.Text }) {
  const payload = {
    id,
    talkerId: talker.id,
    timestamp: Date.now(),
    type,
    text,
    ...(room ? { roomId: conversation.id, mentionIdList: mentioned.map(c => c.id) } : { listenerId: conversation.id }),
  }
  mocker.MessageMock.create(payload)
  puppet.emit('message', { messageId: id })
}

function readJson (req) {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', chunk => { body += chunk })
    req.on('end', () => {
      try { resolve(body ? JSON.parse(body) : {}) } catch (e) { reject(e) }
    })
    req.on('error', reject)
  })
}

function send (res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

function controlServer ({ mocker, puppet, world, transcript, names, photos }) {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url, `http://${HOST}`)
    try {
      if (req.method === 'GET' && url.pathname === '/world') {
        return send(res, 200, { ...WORLD, loggedIn: puppet.isLoggedIn })
      }
      if (req.method === 'GET' && url.pathname === '/transcript') {
        const after = Number(url.searchParams.get('after') ?? 0)
        const wait = Number(url.searchParams.get('wait') ?? 0)
        const botOnly = url.searchParams.get('bot') === '1'
        return send(res, 200, { messages: await transcript.wait(after, botOnly, wait) })
      }
      if (req.method === 'POST' && url.pathname === '/say') {
        const { from, text, to = WORLD.room.id, mentions = [] } = await readJson(req)
        const talker = world.members.get(from)
        if (!talker) return send(res, 404, { error: `no member ${from}` })
        if (typeof text !== 'string' || text === '') return send(res, 400, { error: 'text required' })
        let conversation
        if (to === WORLD.room.id) conversation = world.room
        else if (to === WORLD.bot.id) conversation = world.bot
        else return send(res, 404, { error: `no conversation ${to}` })
        const mentioned = mentions.map(id => (id === WORLD.bot.id ? world.bot : world.members.get(id)))
        if (mentioned.some(c => !c)) return send(res, 404, { error: `unknown mention in ${mentions}` })
        const id = `msg-${randomUUID()}`
        const entry = transcript.add({
          id,
          bot: false,
          from,
          fromName: names.get(from),
          room: conversation === world.room ? WORLD.room.id : null,
          to,
          text,
          mentions,
          mentionNames: mentions.map(id => names.get(id) ?? id),
        })
        say({ mocker, puppet, id, talker, text, mentioned, conversation, room: conversation === world.room })
        return send(res, 200, entry)
      }
      if (req.method === 'POST' && url.pathname === '/image') {
        const { from, base64, name = 'photo.jpg', to = WORLD.room.id } = await readJson(req)
        const talker = world.members.get(from)
        if (!talker) return send(res, 404, { error: `no member ${from}` })
        if (typeof base64 !== 'string' || base64 === '') return send(res, 400, { error: 'base64 required' })
        let conversation
        if (to === WORLD.room.id) conversation = world.room
        else if (to === WORLD.bot.id) conversation = world.bot
        else return send(res, 404, { error: `no conversation ${to}` })
        const id = `img-${randomUUID()}`
        photos.set(id, { base64, name })
        const entry = transcript.add({
          id,
          bot: false,
          from,
          fromName: names.get(from),
          room: conversation === world.room ? WORLD.room.id : null,
          to,
          text: '',
          mentions: [],
          mentionNames: [],
          image: { name, size: Buffer.from(base64, 'base64').length },
        })
        say({
          mocker,
          puppet,
          id,
          talker,
          text: '',
          mentioned: [],
          conversation,
          room: conversation === world.room,
          type: PUPPET.types.Message.Image,
        })
        return send(res, 200, entry)
      }
      if (req.method === 'POST' && url.pathname === '/redeliver') {
        const { id } = await readJson(req)
        if (!mocker.cacheMessagePayload.has(id)) return send(res, 404, { error: `no message ${id}` })
        puppet.emit('message', { messageId: id })
        return send(res, 200, { id })
      }
      return send(res, 404, { error: 'not found' })
    } catch (error) {
      return send(res, 500, { error: String(error?.stack ?? error) })
    }
  })
}

async function main () {
  const { port, token, controlPort } = options()
  const mocker = new mock.Mocker()
  const puppet = new PuppetMock({ mocker })
  const world = buildWorld(mocker)
  const transcript = new Transcript()
  const names = new Map([[WORLD.bot.id, WORLD.bot.name], ...WORLD.members.map(m => [m.id, m.alias ?? m.name])])
  const photos = new Map()
  withRoomAliases(puppet)
  recordBotMessages({ puppet, mocker, world, transcript, names })
  recordBotFiles({ puppet, world, transcript })
  memberPhotos({ puppet, photos })

  const endpoint = `${HOST}:${port}`
  const server = new PuppetServer({ endpoint, puppet, token, tls: { disable: true } })
  // A client's start() first stops the puppet (which logs the account out), then starts it: log the
  // bot in on every start, as a scripted environment of the mocker.
  mocker.use(() => {
    if (!puppet.isLoggedIn) mocker.login(world.bot)
    return () => {}
  })
  await puppet.start()
  await server.start()

  const control = controlServer({ mocker, puppet, world, transcript, names, photos })
  await new Promise(resolve => control.listen(controlPort, HOST, resolve))
  const controlUrl = `http://${HOST}:${control.address().port}`
  console.log(JSON.stringify({ event: 'ready', endpoint, control: controlUrl, world: WORLD }))

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    control.close()
    control.closeAllConnections?.()
    await server.stop().catch(() => {})
    await puppet.stop().catch(() => {})
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch(error => {
  console.error(JSON.stringify({ event: 'error', error: String(error?.stack ?? error) }))
  process.exit(1)
})
