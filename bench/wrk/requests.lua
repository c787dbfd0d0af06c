-- wrk script of the benchmark (bench/run.py):
--   wrk -s bench/wrk/requests.lua URL -- FILE THREADS [LIMIT]
-- FILE holds one request a line: METHOD <tab> PATH <tab> TOKEN <tab> JSON BODY (token and body may be
-- empty). Each of the THREADS wrk threads takes every THREADS-th line and sends its lines in turn,
-- starting over at the end. With LIMIT, a thread stops once it has LIMIT / THREADS answers and prints
-- "limit reached" (the writes: each request is sent at most once when FILE holds LIMIT lines plus one
-- per connection). wrk itself waits out its duration: the caller interrupts it (SIGINT) then.
-- done() prints one JSON line: counts, latency percentiles, queries (X-Query-Count) and statuses.

local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, count = args[1], tonumber(args[2])
  quota = math.ceil((tonumber(args[3]) or 0) / count)
  requests = {}
  local line_number = 0
  for line in io.lines(file) do
    if line_number % count == index then
      local method, path, token, body = line:match("^(%S+)\t(%S+)\t(%S*)\t(.*)$")
      local headers = {}
      if token ~= "" then headers["Authorization"] = "Bearer " .. token end
      if body == "" then
        body = nil
      else
        headers["Content-Type"] = "application/json"
      end
      requests[#requests + 1] = wrk.format(method, path, headers, body)
    end
    line_number = line_number + 1
  end
  following, answers, queries, statuses = 1, 0, 0, {}
end

function request()
  local raw = requests[following]
  following = following % #requests + 1
  return raw
end

function response(status, headers, body)
  answers = answers + 1
  queries = queries + (tonumber(headers["X-Query-Count"] or headers["x-query-count"]) or 0)
  statuses[status] = (statuses[status] or 0) + 1
  if quota > 0 and answers == quota then
    io.write("limit reached\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local answered, counted, by_status = 0, 0, {}
  for _, thread in ipairs(threads) do
    answered = answered + thread:get("answers")
    counted = counted + thread:get("queries")
    for status, n in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(by_status) do
    parts[#parts + 1] = string.format('"%d": %d', status, n)
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "mean_us": %.1f, "answers": %d, ' ..
    '"queries": %d, "socket_errors": %d, "statuses": {%s}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    answered, counted, e.connect + e.read + e.write + e.timeout, table.concat(parts, ", ")))
end
