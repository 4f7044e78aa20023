// Package config loads the YAML configuration of a Mach role the same way for every role: defaults, then the
// YAML file (strict: an unknown key is an error that names it), then environment overrides (MACH_…, read with
// caarlos0/env), then the role's Validate, which reports every problem at once, each naming its YAML key.
//
// A role's config is a struct whose fields carry a `yaml` tag (snake_case) and an `env` tag holding the full
// variable name, the YAML path in upper snake case behind the role's prefix: the key signer.aggregator_url of
// the operator role is MACH_OPERATOR_SIGNER_AGGREGATOR_URL. CheckEnv enforces that rule in each role's tests.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/caarlos0/env/v11"
	"gopkg.in/yaml.v3"
)

// Config is a role's configuration.
type Config interface {
	// Defaults sets every field that has a default. Load calls it before reading the file.
	Defaults()
	// Validate reports every problem at once (errors.Join), each message naming the key by its YAML path, as
	// Problems does.
	Validate() error
}

// maxFileSize bounds a config file; anything larger is not a config file.
const maxFileSize = 1 << 20

// Load reads the configuration of a role into dst: dst.Defaults(), then the YAML file at path (skipped when path
// is ""), then the environment variables named by dst's env tags, then dst.Validate().
func Load(path string, dst Config) error {
	if err := Read(path, dst); err != nil {
		return err
	}
	return dst.Validate()
}

// Read is Load without the validation, for callers that apply command-line flags before validating.
func Read(path string, dst Config) error {
	dst.Defaults()
	if path != "" {
		if err := readFile(path, dst); err != nil {
			return err
		}
	}
	return applyEnv(dst, os.Environ())
}

func readFile(path string, dst any) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("config: %w; check the --config path", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return fmt.Errorf("config: read %s: %w", path, err)
	}
	if len(data) > maxFileSize {
		return fmt.Errorf("config: %s is larger than %d bytes; is it the right file?", path, maxFileSize)
	}
	if err := Decode(data, dst); err != nil {
		// One line per problem, each naming the file.
		var errs []error
		for _, e := range unjoin(err) {
			errs = append(errs, fmt.Errorf("config: %s: %w", path, e))
		}
		return errors.Join(errs...)
	}
	return nil
}

// unjoin returns the errors joined in err (errors.Join), or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Decode decodes YAML data into dst strictly: an unknown key is an error naming its full YAML path and line.
// Fields absent from data keep their values. Empty data is no error.
func Decode(data []byte, dst any) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return err
	}
	if len(root.Content) == 0 {
		return nil // empty file or only comments
	}
	if unknown := unknownKeys(root.Content[0], reflect.TypeOf(dst), ""); len(unknown) > 0 {
		return errors.Join(unknown...)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(dst)
	var te *yaml.TypeError
	switch {
	case err == nil, errors.Is(err, io.EOF):
		return nil
	case errors.As(err, &te):
		errs := make([]error, len(te.Errors))
		for i, e := range te.Errors {
			errs[i] = errors.New(e) // "line 3: cannot unmarshal !!str `abc` into uint64"
		}
		return errors.Join(errs...)
	}
	return err
}

// unknownKeys reports the keys of the mapping node n that t (a struct, or a pointer to one) has no field for,
// recursing into nested structs.
func unknownKeys(n *yaml.Node, t reflect.Type, prefix string) []error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || n.Kind != yaml.MappingNode || isLeaf(t) {
		return nil // a type mismatch is left to the decoder, which names the line
	}
	fields := yamlFields(t)
	var errs []error
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		f, ok := fields[k.Value]
		if !ok {
			known := make([]string, 0, len(fields))
			for name := range fields {
				known = append(known, name)
			}
			slices.Sort(known)
			where := "at the top level"
			if prefix != "" {
				where = "under " + strings.TrimSuffix(prefix, ".")
			}
			errs = append(errs, fmt.Errorf("line %d: unknown key %s%s; the keys %s are: %s", k.Line, prefix, k.Value, where, strings.Join(known, ", ")))
			continue
		}
		errs = append(errs, unknownKeys(v, f.Type, prefix+k.Value+".")...)
	}
	return errs
}

// yamlFields maps the YAML keys of struct type t to their fields.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	fields := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if name := yamlName(f); name != "" {
			fields[name] = f
		}
	}
	return fields
}

// yamlName is the YAML key of field f, or "" if it has none.
func yamlName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		return strings.ToLower(f.Name) // yaml.v3's default
	}
	return name
}

// isLeaf reports whether struct type t is a value in YAML (it decodes itself) rather than a section.
func isLeaf(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(reflect.TypeFor[yaml.Unmarshaler]()) || p.Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]())
}

// applyEnv overrides dst's fields with the environment variables named by their env tags. A variable that is
// unset or empty changes nothing. Values are never echoed in errors: a misplaced secret must not reach a log.
func applyEnv(dst any, environ []string) error {
	environment := make(map[string]string, len(environ))
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			environment[k] = v
		}
	}
	err := env.ParseWithOptions(dst, env.Options{Environment: environment})
	if err == nil {
		return nil
	}
	vars, _ := EnvVars(dst) // the names, for messages; a malformed struct fails CheckEnv in the role's tests
	byField := map[string][]Var{}
	for _, v := range vars {
		byField[v.field] = append(byField[v.field], v)
	}
	var agg env.AggregateError
	if !errors.As(err, &agg) {
		return fmt.Errorf("config: environment: %w", err)
	}
	var errs []error
	for _, e := range agg.Errors {
		var pe env.ParseError
		if !errors.As(e, &pe) {
			errs = append(errs, fmt.Errorf("config: environment: %w", e))
			continue
		}
		names := make([]string, 0, 1)
		for _, v := range byField[pe.Name] {
			if _, set := environment[v.Env]; set {
				names = append(names, fmt.Sprintf("%s (key %s)", v.Env, v.Key))
			}
		}
		if len(names) == 0 {
			names = append(names, "the variable for field "+pe.Name)
		}
		errs = append(errs, fmt.Errorf("config: environment variable %s: not a valid %s (value not shown); fix or unset it",
			strings.Join(names, " or "), typeName(pe.Type)))
	}
	return errors.Join(errs...)
}

func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice:
		return "comma-separated list, each item a " + typeName(t.Elem())
	case reflect.Bool:
		return "boolean (true or false)"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "non-negative integer"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if t.String() == "time.Duration" {
			return "duration (like 5s or 1m30s)"
		}
		return "integer"
	}
	return t.String()
}
