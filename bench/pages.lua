-- bench/pages.sh: the demo partner's pages in turn, with the session cookie of the login the script made.
local paths = { "/", "/university", "/catalogue?q=cloud", "/catalogue?q=deployment+guide" }
local next_page = 0
request = function()
  next_page = next_page + 1
  return wrk.format("GET", paths[(next_page % #paths) + 1], { ["Cookie"] = os.getenv("COOKIE"), ["Accept-Language"] = "en" })
end
