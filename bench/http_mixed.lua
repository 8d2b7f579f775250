-- wrk script for bench/http_bench.sh: a mixed run, nine reads to one write.
-- Every tenth request records a ledger entry whose text is unique
-- ("wrkbench-<thread>-<n>"); the others read READ_PATH. Each thread counts
-- the writes the server acknowledged (201), and done() prints their sum so
-- that the script can compare it with the rows in the database.
--
-- Arguments (after "--"): SESSION_COOKIE CSRF_TOKEN PERSON_ID READ_PATH

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  cookie = args[1]
  csrf = args[2]
  person = args[3]
  read_path = args[4]
  sent = 0
  acknowledged = 0
  read_headers = { ["Cookie"] = cookie }
end

function request()
  sent = sent + 1
  if sent % 10 == 0 then
    local body = string.format(
      '{"person_id":%s,"direction":"given","kind":"tip","text":"wrkbench-%d-%d"}',
      person, id, sent)
    return wrk.format("POST", "/api/v1/ledger", {
      ["Cookie"] = cookie,
      ["X-CSRF-Token"] = csrf,
      ["Content-Type"] = "application/json",
    }, body)
  end
  return wrk.format("GET", read_path, read_headers)
end

function response(status, headers, body)
  if status == 201 then
    acknowledged = acknowledged + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("acknowledged")
  end
  io.write(string.format("acknowledged_writes %d\n", total))
end
