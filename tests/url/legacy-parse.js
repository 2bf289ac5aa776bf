'use strict';
// url.parse(): Node's legacy parser, with and without parseQueryString and
// slashesDenoteHost. Prints every result; the .out file comes from Node.
const url = require('url');

const inputs = [
  '//some_path', 'http:\\\\evil-phisher\\foo.html#h\\a\\s\\h', 'http:\\\\evil-phisher\\foo.html?json="\\"foo\\""#h\\a\\s\\h',
  'HTTP://www.example.com/', 'HTTP://www.example.com', 'http://www.ExAmPlE.com/', 'http://USER:PW@www.ExAmPlE.com/',
  'http://user@www.example.com/', 'http://user%3Apw@www.example.com/', 'http://x.com/path?that\'s#all, folks',
  'http://x.y.com+a/b/c', 'javascript:alert("hi")', 'mailto:foo@bar.com?subject=hi', 'xmpp:isaacschlueter@jabber.org',
  'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar', 'svn+ssh://foo/bar', 'dash-test:foo/bar',
  'dot.test://foo/bar', 'http://www.\u65e5\u672c\u8a9e.com/', 'http://example.B\u00fccher.com/', 'http://www.\u00c4ffchen.cOm;A/b/c?d=e#f g<h>i',
  'http://\u27a1.ws/\u27a1', 'http://bucket_name.s3.amazonaws.com/image.jpg', 'git+http://github.com/joyent/node.git',
  'local1@domain1', 'www.example.com', '[fe80::1]', 'coap://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]',
  'coap://[1080:0:0:0:8:800:200C:417A]:61616/', 'http://user:password@[3ffe:2a00:100:7031::1]:8080',
  'coap://u:p@[::192.9.5.5]:61616/.well-known/r?n=Temperature', 'http://example.com:', 'http://example.com:/a/b.html',
  'http://example.com?', 'http://example.com?foo=bar#frag', 'http://example.com?foo=@bar#frag', 'http://example.com#frag=?bar/#frag',
  'http://google.com" onload="alert(42)/', 'http://atslash%2F%40:%2F%40@foo/', 'coap:///some/path?foo', 'http://[a.b.c:d]/',
  ' http://foo.com  ', '\t http://foo.com/a b \n', 'http://a\r" \t\n<\'b:b@c\r\nd/e?f', 'https://*', 'file:///etc/passwd',
  'file://localhost/etc/passwd', 'file://foo/etc/passwd', 'file:///etc/node/', 'http:/baz/../foo/bar',
  'http://user:pass@mt0.google.com/vt/lyrs=m@114&hl=en&src=api&x=2&y=2&z=3&s=', '/foo/bar?baz=quux#frag',
  'http://mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=', 'http://a@b@c/', 'http://a@b?@c',
  'http://a.b/\tbc\ndr\ref g"hq\'j<kl>?mn\\op^q=r`99{st|uv}wz', 'http://[::1]:8080/x', '/foo/bar', '?a=b&c=d', '#x', '',
  '   ', 'http://ab.com:999999/', 'http://x:1/y:2', 'http://%41.com/', 'http://a.com/\\x\\y?\\z#\\w', 'a/b/c', './x',
  'foo:bar', 'foo://bar', 'http://ab%zzcd/', 'http:///x', 'http:\\\\x\\y', 'wss://A.com:443', 'about:blank',
  'data:text/plain,hi', 'http://a.com/?q=%zz&r=%E2%82%AC&s=a+b', 'https://a.com/p?x=1&x=2&y=&&z', 'http://a\u0000b/',
  'http://x.com/\u00e9?\u00e9#\u00e9', 'HTTP://X.COM/Y#Z', 'http://a.com/p?__proto__=1&constructor=2',
];

for (const input of inputs) {
  for (const args of [[false, false], [true, false], [false, true]]) {
    const parsed = url.parse(input, ...args);
    const shown = { ...parsed };
    if (parsed.query !== null && typeof parsed.query === 'object') {
      shown.query = { prototype: Object.getPrototypeOf(parsed.query), entries: Object.entries(parsed.query) };
    }
    console.log(JSON.stringify([input, args, shown]));
  }
}

// The result is a Url; a Url is passed through; the parser refuses non-strings.
const parsed = url.parse('http://x/');
console.log(parsed instanceof url.Url, url.parse(parsed) === parsed, Object.keys(parsed).join());
for (const bad of [null, undefined, 5, {}, true]) {
  try {
    url.parse(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
// Hostnames that IDNA turns into something invalid are refused.
for (const bad of ['http://xn--/', 'http://a\u3002xn--zz/']) {
  try {
    console.log(JSON.stringify(url.parse(bad).hostname));
  } catch (e) {
    console.log(e.code, e.message, e.input);
  }
}
