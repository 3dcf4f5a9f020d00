-- PATCH housenumbers with the version rule: each wrk thread owns a disjoint slice of the ids in
-- BENCH_PATHS (lines "path version") and walks it round-robin, sending version = last + 1, so
-- writes never conflict as long as a slice is larger than the connections of a thread.
local threads = {}
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local n = tonumber(os.getenv("BENCH_THREADS"))
  paths, versions = {}, {}
  local i = 0
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if i % n == id then
      local p, v = line:match("^(%S+)%s+(%d+)$")
      paths[#paths + 1] = p
      versions[#versions + 1] = tonumber(v)
    end
    i = i + 1
  end
  cursor = 0
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  cursor = cursor % #paths + 1
  versions[cursor] = versions[cursor] + 1
  local body = '{"version":' .. versions[cursor] .. ',"ordinal":"v' .. versions[cursor] .. '"}'
  return wrk.format("PATCH", paths[cursor], nil, body)
end
