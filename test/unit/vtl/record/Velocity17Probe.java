// Records what real Velocity 1.7 does with probe templates, for test/unit/vtl/velocity17Verdicts.ts (does it
// parse?) and test/unit/render/velocity17Renders.ts (what does it print?). Not part of the build or the tests:
//
//   apt-get install -y velocity default-jdk-headless      # Debian's velocity 1.7 jar and its dependencies
//   CP=/usr/share/java/velocity.jar:/usr/share/java/commons-collections3.jar:/usr/share/java/commons-lang.jar
//   javac -cp $CP -d /tmp Velocity17Probe.java
//   node -e 'process.stdout.write(["#if($foo)x#end", "a#"].join("\0"))' | java -cp $CP:/tmp Velocity17Probe
//
// Input: templates separated by NUL. Output: one JSON object per line:
//   {"template", "parse": "ok"|"error", "message", "render", "renderError"}
// Each template gets a fresh engine (macros do not leak between probes) and the context
//   $foo = "FOO", $list = [1, 2, 3], $map = {"k": "v"}.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;

public class Velocity17Probe {
  static String json(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default: if (c < 32) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
      }
    }
    return b.append('"').toString();
  }

  public static void main(String[] args) throws Exception {
    String in = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    for (String t : in.split("\u0000", -1)) {
      if (t.isEmpty()) continue;
      RuntimeInstance ri = new RuntimeInstance();
      ri.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
      ri.init();
      String parse = "ok", message = null, render = null, renderError = null;
      try {
        ri.parse(new StringReader(t), "t");
      } catch (Throwable e) {
        parse = "error";
        message = e.toString();
      }
      if (parse.equals("ok")) {
        try {
          VelocityContext ctx = new VelocityContext();
          ctx.put("foo", "FOO");
          ctx.put("list", new ArrayList<Object>(Arrays.asList(1, 2, 3)));
          Map<String, Object> map = new LinkedHashMap<>();
          map.put("k", "v");
          ctx.put("map", map);
          StringWriter w = new StringWriter();
          ri.evaluate(ctx, w, "t", t);
          render = w.toString();
        } catch (Throwable e) {
          renderError = e.toString();
        }
      }
      out.println("{\"template\":" + json(t) + ",\"parse\":" + json(parse) + ",\"message\":" + json(message) + ",\"render\":" + json(render) + ",\"renderError\":" + json(renderError) + "}");
    }
  }
}
