-- wrk script for bench/ingest: every request is the next pre-signed Slack event from $WRK_EVENTS
-- (lines of "timestamp<TAB>signature<TAB>body", each event id unique, so every request is a real
-- insert). With $WRK_RATE (events a second) the requests follow a schedule: the n-th leaves at
-- start + n / rate, whichever connection is free (an open-loop rate: a slow answer does not slow the
-- next ones down while a connection is free; the bench gives wrk enough of them). A request that
-- leaves after its slot is counted late, with the largest lag. done() prints one JSON line for the bench.
local ffi = require("ffi")
ffi.cdef([[
  typedef struct { long tv_sec; long tv_nsec; } atento_timespec;
  int clock_gettime(int clock, atento_timespec *t);
]])
local MONOTONIC = 1
local clock = ffi.new("atento_timespec")

local function now_ms()
  ffi.C.clock_gettime(MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local requests = {}
local index = 0
local rate = tonumber(os.getenv("WRK_RATE") or "0")
local threads = {}
-- Globals, read by done() through thread:get (each wrk thread has its own Lua state).
sent, late, lag_ms = 0, 0, 0
local started = nil

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(os.getenv("WRK_EVENTS")) do
    local stamp, signature, body = line:match("^(%d+)\t([^\t]+)\t(.*)$")
    requests[#requests + 1] = wrk.format("POST", "/slack/events", {
      ["Content-Type"] = "application/json",
      ["X-Slack-Request-Timestamp"] = stamp,
      ["X-Slack-Signature"] = signature,
    }, body)
  end
end

function request()
  index = index + 1
  return requests[(index - 1) % #requests + 1]
end

function delay()
  if rate <= 0 then
    return 0
  end
  local now = now_ms()
  if started == nil then
    started = now
  end
  local slot = started + sent * 1000 / rate
  sent = sent + 1
  if now > slot + 1 then -- wrk's timers count whole milliseconds: a request up to 1 ms after its slot is on time
    late = late + 1
    lag_ms = math.max(lag_ms, now - slot)
    return 0
  end
  return math.max(0, math.floor(slot - now + 0.5))
end

function done(summary, latency, requests)
  local errors = summary.errors
  local behind, lag = 0, 0
  for _, thread in ipairs(threads) do
    behind = behind + (thread:get("late") or 0)
    lag = math.max(lag, thread:get("lag_ms") or 0)
  end
  io.write(string.format(
    'WRK {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p99_ms": %.2f, "non2xx": %d, "socket_errors": %d, '
      .. '"late": %d, "lag_ms": %.1f}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout, behind, lag))
end
