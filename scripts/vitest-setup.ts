// Every test starts without proxy settings from the environment (requests' conftest does the same).
for (const name of ['http_proxy', 'https_proxy', 'all_proxy', 'no_proxy']) {
  delete process.env[name];
  delete process.env[name.toUpperCase()];
}
delete process.env.REQUESTS_CA_BUNDLE;
delete process.env.CURL_CA_BUNDLE;
