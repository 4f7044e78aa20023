package config

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

// CheckExample reports what a role's example file (config-files/<role>.yaml) fails to document: a top-level key
// without a comment right above it (or above the group it opens), and a key of cfg's type (its env-tagged fields,
// see EnvVars; a section's keys by their dotted path, like zk.prover_url) the file does not show. Roles' tests call it on their shipped file.
func CheckExample(path string, cfg any) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: not a mapping of keys", path)
	}
	var problems []string
	present := map[string]bool{}
	content := root.Content[0].Content
	for i := 0; i+1 < len(content); i += 2 {
		present[content[i].Value] = true
		showNested(content[i].Value, content[i+1], present)
		if i > 0 && content[i].HeadComment == "" && content[i].Line != content[i-1].Line+1 {
			problems = append(problems, fmt.Sprintf("%s: key %s has no comment above it", path, content[i].Value))
		}
	}
	vars, err := EnvVars(cfg)
	if err != nil {
		return nil, err
	}
	for _, v := range vars {
		if !present[v.Key] {
			problems = append(problems, fmt.Sprintf("%s does not show key %s", path, v.Key))
		}
	}
	return problems, nil
}

// showNested records the dotted paths of the keys of a section (a mapping under prefix).
func showNested(prefix string, n *yaml.Node, present map[string]bool) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := prefix + "." + n.Content[i].Value
		present[key] = true
		showNested(key, n.Content[i+1], present)
	}
}
