package config

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestNewLogger_FormatsAndLevels(t *testing.T) {
	var buf bytes.Buffer
	log, err := NewLogger(&buf, "json", "WARN")
	if err != nil {
		t.Fatal(err)
	}
	log.Info("hidden")
	log.Warn("shown", "k", 1)
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, `"msg":"shown"`) {
		t.Fatalf("json at warn wrote %q", out)
	}
	buf.Reset()
	if log, err = NewLogger(&buf, "", ""); err != nil {
		t.Fatal(err)
	}
	log.Debug("hidden")
	log.Info("shown")
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, "msg=shown") {
		t.Fatalf("text at info wrote %q", out)
	}
	for _, bad := range [][2]string{{"xml", "info"}, {"text", "verbose"}} {
		if _, err := NewLogger(&buf, bad[0], bad[1]); err == nil {
			t.Errorf("NewLogger(%q, %q) accepted", bad[0], bad[1])
		}
	}
	if l, err := ParseLogLevel("Warning"); err != nil || l != slog.LevelWarn {
		t.Fatalf("Warning = %v, %v", l, err)
	}
}
