-- wrk script for bench/ingest: every request is the next pre-signed Slack event from $WRK_EVENTS
-- (lines of "timestamp<TAB>signature<TAB>body", each event id unique, so every request is a real
-- insert). With $WRK_DELAY_MS each connection waits that long between requests: an open-loop rate
-- of connections * 1000 / delay events a second. done() prints one JSON line for the bench.
local requests = {}
local index = 0
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")

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
  return pause
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p99_ms": %.2f, "non2xx": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
