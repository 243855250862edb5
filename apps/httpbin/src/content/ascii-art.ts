/** The plain-text pictures httpbin answers with (drawn for this project). */

/** The body of `/status/418`. */
export const TEAPOT = String.raw`
    -=[ teapot ]=-

          (
           )
       _.-~~-._  __
     /' ~~~~~~ '\/ /
    |  I'M A     |_/
    |  TEAPOT    |
     \__________/
`;

/** The body of `/deny`, the path that `/robots.txt` disallows. */
export const DENIED = String.raw`
        .--------.
       /  >    <  \
      |     __     |
       \  /    \  /
        '--------'
     YOU SHOULDN'T BE HERE
`;

/** The body of `/robots.txt`. */
export const ROBOTS_TXT = 'User-agent: *\nDisallow: /deny\n';
