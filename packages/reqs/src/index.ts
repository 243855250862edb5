/** reqs: HTTP for Humans, in TypeScript: Python Requests' API on a fast undici transport. */
export {};
