/**
 * Demo boxes of the downloads landing and the release-manager keys (apps/downloads/templates/
 * downloads/index.html). Our own words; the people, key ids, fingerprints, PEP numbers and dates
 * are facts. download-sources is generated from the releases.
 */
const key = (user: string, fingerprint: string, id: string) =>
  `<a href="https://keybase.io/${user}/pgp_keys.asc?fingerprint=${fingerprint}">${id}</a>`;

const SERIES = [
  { v: "3.15", status: "pre-release", pep: 790, first: "2026-10-01 (planned)", end: "2031-10" },
  { v: "3.14", status: "bugfix", pep: 745, first: "2025-10-07", end: "2030-10" },
  { v: "3.13", status: "bugfix", pep: 719, first: "2024-10-07", end: "2029-10" },
  { v: "3.12", status: "security", pep: 693, first: "2023-10-02", end: "2028-10" },
  { v: "3.11", status: "security", pep: 664, first: "2022-10-24", end: "2027-10" },
  { v: "3.10", status: "security", pep: 619, first: "2021-10-04", end: "2026-10" },
];
const pep = (n: number) => `https://peps.python.org/pep-${String(n).padStart(4, "0")}/`;

export const DOWNLOAD_BOXES: Record<string, string> = {
  "download-banner":
    '<p>Using another system? Python for <a href="/downloads/windows/">Windows</a>, <a href="/downloads/source/">Linux/Unix</a>, <a href="/downloads/macos/">macOS</a>, <a href="/downloads/android/">Android</a>, <a href="/downloads/ios/">iOS</a> and <a href="/download/other/">other platforms</a>.</p><p>Want to help test Python 3.15 before it ships? Try the <a href="/downloads/latest/prerelease/">pre-releases</a> or the <a href="https://gitlab.com/python-devs/ci-images">Docker images</a>.</p>',
  "download-otherreleases":
    '<p>Need an older release? Each platform\'s page lists them all: see <a href="/downloads/operating-systems/">every operating system</a>, or the <a href="/doc/versions/">documentation by version</a>.</p>',
  "download-widget1":
    '<h2 class="widget-title">Licenses</h2><p>Every Python release is <a href="https://opensource.org/">open source</a>. Most releases, though not all, have also been GPL-compatible; the license page explains which, and the terms and conditions.</p><p><a class="readmore" href="https://docs.python.org/3/license.html#terms-and-conditions-for-accessing-or-otherwise-using-python">Read the license</a></p>',
  "download-widget3":
    '<h2 class="widget-title">Alternative implementations</h2><p>The releases here are CPython, the reference implementation. Several other implementations of the language exist too.</p><p><a class="readmore" href="/download/alternatives/">See the alternatives</a></p>',
  "download-widget4":
    '<h2 class="widget-title">History</h2><p>Guido van Rossum started Python in the early 1990s at Stichting Mathematisch Centrum in the Netherlands, as a successor to the ABC language. Thousands of people have contributed to it since.</p><p><a class="readmore" href="https://docs.python.org/3/license.html">The history and license</a></p>',
  "usermessage-releaseschedule": [
    "<h2>Release schedules</h2>",
    "<ul>",
    ...SERIES.map(
      (s) => `<li><a href="${pep(s.pep)}">Python ${s.v} release schedule (PEP ${s.pep})</a></li>`,
    ),
    "</ul>",
  ].join("\n"),
  "download-dev":
    '<h2>Platform notes and developer information</h2><ul><li><a href="/downloads/windows/">Windows</a></li><li><a href="/downloads/macos/">macOS</a></li><li><a href="/download/other/">Other platforms</a></li><li><a href="/downloads/source/">Source</a></li><li><a href="/dev/">Python developer\'s guide</a></li><li><a href="https://github.com/python/cpython/issues">Python issue tracker</a></li></ul>',
  "download-pgp": [
    "<h2>Verifying downloads: Sigstore and OpenPGP</h2>",
    '<p>From Python 3.14 on, release files are signed with <a href="https://www.python.org/downloads/metadata/sigstore/">Sigstore</a> only (<a href="https://peps.python.org/pep-0761/">PEP 761</a>). Earlier releases carry OpenPGP signatures made by their release manager or binary builder with these keys:</p>',
    "<ul>",
    `<li><a href="https://keybase.io/pablogsal/">Pablo Galindo Salgado</a> (3.10.x and 3.11.x source files and tags), key id ${key("pablogsal", "a035c8c19219ba821ecea86b64e628f8d684696d", "64E628F8D684696D")}</li>`,
    "<li>Thomas Wouters (3.12.x and 3.13.x source files and tags), key id A821E680E5FA6305</li>",
    `<li><a href="https://keybase.io/stevedower/">Steve Dower</a> (Windows binaries), key id ${key("stevedower", "7ed10b6531d7c8e1bc296021fc624643487034e5", "FC62 4643 4870 34E5")}</li>`,
    `<li><a href="https://keybase.io/ambv/">Łukasz Langa</a> (3.8.x and 3.9.x source files and tags), key id ${key("ambv", "e3ff2839c048b25c084debe9b26995e310250568", "B269 95E3 1025 0568")}</li>`,
    `<li><a href="https://keybase.io/nad/">Ned Deily</a> (macOS binaries; 3.7.x and 3.6.x source files and tags), key ids ${key("nad", "0d96df4d4110e5c43fbfb17f2d347ea6aa65421d", "2D34 7EA6 AA65 421D")} and ${key("nad", "c9b104b3dd3aa72d7ccb1066fb9921286f5e1540", "FB99 2128 6F5E 1540")}, Apple Developer ID <strong>DJ3H93M7VJ</strong></li>`,
    "<li>Larry Hastings (3.5.x source files and tags), key id 3A5C A953 F73C 700D</li>",
    `<li><a href="https://keybase.io/bp/">Benjamin Peterson</a> (2.7.x source files and tags), key id ${key("bp", "c01e1cad5ea2c4f0b8e3571504c367c218add4ff", "04C3 67C2 18AD D4FF")}</li>`,
    "</ul>",
    "<p>Releases that reached end-of-life long ago may be signed by Anthony Baxter (0EDD C5F2 6A45 C816), Georg Brandl (0A5B 1018 3658 0288), Martin v. Löwis (6AF0 53F0 7D9D C8D2), Ronald Oussoren (C9BE 28DE E6DF 025C) or Barry Warsaw (126E B563 A74B 06BF).</p>",
    "<p>Fetch a key from a keyserver you trust, then check a file against its detached signature:</p>",
    "<pre><code>gpg --recv-keys [key id]\ngpg --verify Python-3.13.9.tgz.asc</code></pre>",
    "<p>Give <code>gpg --verify</code> the signature file that belongs to the download you are checking. Each release page links both.</p>",
  ].join("\n"),
  // Legacy static table of the series (the landing now builds it from the release-cycle feed).
  "downloads-active-releases": [
    "<table><thead><tr><th>Python version</th><th>Maintenance status</th><th>First released</th><th>End of support</th><th>Release schedule</th></tr></thead><tbody>",
    ...SERIES.map(
      (s) =>
        `<tr><td>${s.v}</td><td>${s.status}</td><td>${s.first}</td><td>${s.end}</td><td><a href="${pep(s.pep)}">PEP ${s.pep}</a></td></tr>`,
    ),
    "</tbody></table>",
  ].join("\n"),
  "download-sponsors":
    '<h2 class="widget-title">Sponsors</h2><p>The Foundation\'s Visionary sponsors help pay for hosting Python\'s downloads. <a href="/psf/sponsors/">See every sponsor</a>.</p>',
};
