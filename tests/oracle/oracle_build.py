"""One Hugo build that reports every content page's fields and log, shared by the oracles.

`render(site_dir, ...)` adds, inside `site_dir` (always a throwaway copy: the caller copies or
extracts the site first), one layout, `layouts/home.recaporacle.html`, and passes Hugo one extra
config file ahead of the site's root config: an output format `recaporacle` (text/html, so that
render hooks and shortcodes resolve exactly as for HTML) added after the home page's own outputs
(as `hugo config` reports them), and a segment so that Hugo renders that one output and none of
the site's page templates. The template
walks site.Pages in one goroutine and prints one JSON line per page backed by a file; it logs a
marker warning before and after each page, so what Hugo logs in between belongs to that page.

Hugo prints each distinct warning text once per build: a page repeating an earlier page's warning
word for word has nothing recorded (that is Hugo's log, not ours).
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
import time

from hugo_bin import hugo_binary, hugo_env

FORMAT = "recaporacle"
MARK = "@@RECAP-ORACLE"
ROOT_CONFIGS = ["hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json"]

EXTRA_CONFIG = f"""
outputFormats:
  {FORMAT}:
    mediaType: text/html
    baseName: recap-oracle
    notAlternative: true
    permalinkable: false
segments:
  {FORMAT}:
    includes:
      - kind: home
        output: {FORMAT}
"""

# `try` keeps one failing page from failing the others; the fields that render content are read
# after .Content alone, so that a rendering error is the one .Content reports.
TEMPLATE = """{{- $rfc3339 := "2006-01-02T15:04:05Z07:00" -}}
{{- range $i, $p := site.Pages -}}
{{- with $p.File -}}
{{- $id := printf "%s %d" site.Language.Lang $i -}}
{{- warnf "MARK:BEGIN %s" $id -}}
{{- $r := dict "source_path" .Path "kind" $p.Kind "section" $p.Section "type" $p.Type "title" $p.Title
  "date" ($p.Date.Format $rfc3339) "lastmod" ($p.Lastmod.Format $rfc3339) "description" $p.Description
  "params" $p.Params "rel_permalink" $p.RelPermalink "permalink" $p.Permalink "lang" site.Language.Lang
  "log_id" $id -}}
{{- $c := try ($p.Content) -}}
{{- with $c.Err -}}
  {{- $r = merge $r (dict "error" (printf "%s" .)) -}}
{{- else -}}
  {{- $more := try (dict "content_html" $p.Content "toc_html" $p.TableOfContents "word_count" $p.WordCount
    "fuzzy_word_count" $p.FuzzyWordCount "reading_time" $p.ReadingTime "summary" $p.Summary
    "truncated" $p.Truncated "plain" $p.Plain) -}}
  {{- with $more.Err -}}
    {{- $r = merge $r (dict "error" (printf "%s" .)) -}}
  {{- else -}}
    {{- $r = merge $r $more.Value -}}
  {{- end -}}
{{- end -}}
{{- warnf "MARK:END %s" $id -}}
{{- jsonify $r | safeHTML }}
{{ end -}}
{{- end -}}
""".replace("MARK", MARK)

OUR_FRAME = re.compile(
    rf'^template: home\.{FORMAT}\.html:\d+:\d+: executing "home\.{FORMAT}\.html" at <[^>]*>: error calling \w+: '
)
LOG_LINE = re.compile(r"^(WARN|ERROR|INFO|Error:)\s+(.*)$")
SUMMARY_LINE = re.compile(r"^(Start building sites|hugo v\d|Total in \d|\s*[│─┼]|\s*\w[\w ]*\s+│)")


class Build:
    """What one Hugo build reported: pages by content path, the logs outside pages, timing."""

    def __init__(self):
        self.pages = {}
        self.warnings = []
        self.errors = []
        self.build_error = None
        self.returncode = 0
        self.seconds = 0.0


def _scrub(text, site_dir):
    return text.replace(site_dir + os.sep, "").replace(site_dir, "")


def _log_entries(stderr):
    entries = []
    for line in stderr.splitlines():
        m = LOG_LINE.match(line)
        if m:
            entries.append([m.group(1).rstrip(":").upper(), m.group(2)])
        elif entries and line.strip() and not SUMMARY_LINE.match(line):
            entries[-1][1] += "\n" + line  # a multi-line message continues its entry
    return entries


def root_config(site_dir):
    for name in ROOT_CONFIGS:
        if os.path.isfile(os.path.join(site_dir, name)):
            return os.path.join(site_dir, name)
    return None


def render(site_dir, environment="production", extra_env=None, hugo_args=(), timeout=None):
    """Builds `site_dir` (modified in place: pass a copy) and returns a Build. A build that
    outlives `timeout` seconds is stopped and reported as a build error."""
    binary = hugo_binary()
    site_dir = os.path.abspath(site_dir)
    layouts = os.path.join(site_dir, "layouts")
    os.makedirs(layouts, exist_ok=True)
    with open(os.path.join(layouts, f"home.{FORMAT}.html"), "w") as f:
        f.write(TEMPLATE)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", prefix="recap-oracle-", delete=False) as f:
        f.write(EXTRA_CONFIG)
        extra = f.name
    try:
        root = root_config(site_dir)
        config_args = ["--config", extra + ("," + root if root else "")]
        result = Build()
        config = subprocess.run(
            [binary, "config", "--format", "json", "--source", site_dir, "--environment", environment]
            + config_args + list(hugo_args),
            capture_output=True, text=True, env=hugo_env(extra_env),
        )
        if config.returncode != 0:
            result.returncode = config.returncode
            result.build_error = _scrub(config.stderr.strip(), site_dir)
            return result
        outputs = json.loads(config.stdout).get("outputs", {}).get("home", ["html"])
        outputs = json.dumps([o for o in outputs if o != FORMAT] + [FORMAT], separators=(",", ":"))
        # The home page's outputs plus ours: in our config file (which outranks the site's root
        # config), and in HUGO_OUTPUTS_HOME, which outranks a config directory; Hugo reads the
        # variable as a list only where the setting already is one.
        with open(extra, "a") as f:
            f.write(f"outputs:\n  home: {outputs}\n")
        env = dict(extra_env or {}, HUGO_OUTPUTS_HOME=outputs)
        public = os.path.join(site_dir, "public")
        shutil.rmtree(public, ignore_errors=True)
        started = time.monotonic()
        try:
            proc = subprocess.run(
                [binary, "build", "--source", site_dir, "--environment", environment, "--renderSegments", FORMAT,
                 "--logLevel", "warn"] + config_args + list(hugo_args),
                capture_output=True, text=True, env=hugo_env(env), timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            result.returncode = -1
            result.build_error = f"Hugo did not finish within {timeout} s (stopped)"
            return result
        result.seconds = time.monotonic() - started
        result.returncode = proc.returncode
    finally:
        os.unlink(extra)

    for folder, _, files in os.walk(public):
        if "recap-oracle.html" in files:
            with open(os.path.join(folder, "recap-oracle.html"), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        # Positions (`.Position`, errors) name files by absolute path: make them site-relative.
                        record = json.loads(_scrub(line, site_dir))
                        record["warnings"], record["errors"], record["log"] = [], [], []
                        if "error" in record:
                            # Drop our template's frame: what is left is what the page's render reports.
                            error = re.sub(OUR_FRAME, "", record.pop("error"))
                            record["errors"].append(error)
                        # A file shared by several sites (versions, roles) renders once per site:
                        # the first (the default site) is kept.
                        result.pages.setdefault(record["source_path"], record)

    by_id = {r.pop("log_id"): r for r in result.pages.values()}
    open_ids = []
    for level, text in _log_entries(proc.stderr):
        text = _scrub(text, site_dir)
        m = re.match(re.escape(MARK) + r":(BEGIN|END) (.+)$", text)
        if m:
            (open_ids.append if m.group(1) == "BEGIN" else open_ids.remove)(m.group(2))
            continue
        if level not in ("WARN", "ERROR"):
            continue
        key = "warnings" if level == "WARN" else "errors"
        page = by_id.get(open_ids[0]) if len(open_ids) == 1 else None
        if page is not None:
            page[key].append(text)
            page["log"].append([level, text])  # both kinds in order, for callers that need it
        elif key == "errors" and proc.returncode != 0 and text.startswith("error building site"):
            result.build_error = text
        else:
            getattr(result, key).append(text)
    if proc.returncode != 0 and result.build_error is None:
        result.build_error = result.errors[-1] if result.errors else _scrub(proc.stderr.strip(), site_dir)
    return result
