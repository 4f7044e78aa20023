package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type exampleCfg struct {
	Listen string `yaml:"listen" env:"X_LISTEN"`
	Level  string `yaml:"level" env:"X_LEVEL"`
	Dir    string `yaml:"dir" env:"X_DIR"`
}

func TestCheckExample_NamesUndocumentedAndMissingKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.yaml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("# where\nlisten: a\n# how loud\nlevel: info\n# data\ndir: d\n")
	if problems, err := CheckExample(path, &exampleCfg{}); err != nil || len(problems) != 0 {
		t.Fatalf("documented file: %v %v", problems, err)
	}
	write("# where\nlisten: a\n\nlevel: info\n")
	problems, err := CheckExample(path, &exampleCfg{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(problems, "\n")
	if len(problems) != 2 || !strings.Contains(got, "key level has no comment") || !strings.Contains(got, "does not show key dir") {
		t.Fatalf("problems:\n%s", got)
	}
}
