-- The load of `bench/run.sh api`, run by wrk: `wrk -s wrk-driver.lua URL -- get OUT` requests the URL as it is;
-- `-- submit SURVEY TOKEN RESPONDENTS OUT` posts a new NPS response to the survey on every request, each with an
-- Idempotency-Key of its own, naming in turn the account and stakeholder of each line of RESPONDENTS ("account stakeholder"). When done it writes OUT: one JSON line of what happened, then the id of every response the API acknowledged
-- (2xx), one a line, so the benchmark can check that each is stored.
local threads = {}

function setup(thread)
  thread:set("number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1]
  output = args[#args]
  acknowledged = {}
  sent = 0
  if mode == "submit" then
    path = "/api/v1/surveys/" .. args[2] .. "/responses"
    token = args[3]
    respondents = {}
    for line in io.lines(args[4]) do
      local account, stakeholder = string.match(line, "(%S+) (%S+)")
      table.insert(respondents, '"accountId":"' .. account .. '","stakeholderId":"' .. stakeholder .. '"')
    end
  end
end

function request()
  if mode ~= "submit" then
    return wrk.format()
  end
  sent = sent + 1
  local key = "wrk-" .. number .. "-" .. sent
  local body = '{' .. respondents[(number + sent) % #respondents + 1] .. ',"answers":{"score":{"number":' .. (sent % 11) .. '},"reason":{"text":"Load test answer ' .. key .. '"}}}'
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
  }, body)
end

function response(status, headers, body)
  if mode == "submit" and status >= 200 and status < 300 then
    -- The Location of a created response ends with its id.
    local id = string.match(headers["Location"] or "", "([%x-]+)$")
    table.insert(acknowledged, id or "missing-location")
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(threads[1]:get("output"), "w"))
  local errors = summary.errors
  out:write(string.format(
    '{"requests":%d,"microseconds":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p99":%d}\n',
    summary.requests, summary.duration, errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(99)))
  for _, thread in ipairs(threads) do
    for _, id in ipairs(thread:get("acknowledged")) do
      out:write(id, "\n")
    end
  end
  out:close()
end
