package config

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// Var is one key of a role's configuration and the environment variable that overrides it.
type Var struct {
	// Key is the YAML path, like signer.aggregator_url.
	Key string
	// Env is the variable's name, like MACH_OPERATOR_SIGNER_AGGREGATOR_URL.
	Env string

	field string // the Go field name, to name the variable in caarlos0/env's parse errors
}

// EnvVars lists every key of cfg (a struct or a pointer to one) with its environment variable, in field order.
// A key without an env tag is listed with Env "" and reported in the error.
func EnvVars(cfg any) ([]Var, error) {
	t := reflect.TypeOf(cfg)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil, fmt.Errorf("config: %T is not a struct", cfg)
	}
	var vars []Var
	var errs []error
	walk(t, "", &vars, &errs)
	return vars, errors.Join(errs...)
}

func walk(t reflect.Type, prefix string, vars *[]Var, errs *[]error) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := yamlName(f)
		if name == "" {
			continue
		}
		key := prefix + name
		envName, _, _ := strings.Cut(f.Tag.Get("env"), ",")
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && !isLeaf(ft) {
			if envName != "" {
				*errs = append(*errs, fmt.Errorf("config: section %s has an env tag; only its keys have one", key))
			}
			walk(ft, key+".", vars, errs)
			continue
		}
		if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct && !isLeaf(ft.Elem()) {
			*errs = append(*errs, fmt.Errorf("config: %s is a list of sections, which CheckEnv does not support yet", key))
			continue
		}
		if envName == "" {
			*errs = append(*errs, fmt.Errorf("config: key %s (field %s) has no env tag", key, f.Name))
		}
		*vars = append(*vars, Var{Key: key, Env: envName, field: f.Name})
	}
}

// envNamePattern is a well-formed variable name: upper snake case.
var envNamePattern = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$`)

// EnvName is the variable name CheckEnv expects for a YAML key: prefix plus the key in upper snake case
// (EnvName("MACH_OPERATOR_", "signer.listen") is MACH_OPERATOR_SIGNER_LISTEN).
func EnvName(prefix, key string) string {
	return prefix + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// CheckEnv reports every key of cfg whose environment variable is missing, malformed (not upper snake case),
// not EnvName(prefix, key), or shared with another key. Each role's tests call it, so that every key has exactly
// one predictable variable.
func CheckEnv(cfg any, prefix string) error {
	vars, err := EnvVars(cfg)
	errs := []error{err}
	if !strings.HasPrefix(prefix, "MACH_") || !strings.HasSuffix(prefix, "_") {
		errs = append(errs, fmt.Errorf("config: prefix %q must start with MACH_ and end with _", prefix))
	}
	seen := map[string]string{}
	for _, v := range vars {
		if v.Env == "" {
			continue // reported by EnvVars
		}
		if !envNamePattern.MatchString(v.Env) {
			errs = append(errs, fmt.Errorf("config: key %s: env var %q is not upper snake case", v.Key, v.Env))
		}
		if want := EnvName(prefix, v.Key); v.Env != want {
			errs = append(errs, fmt.Errorf("config: key %s: env var %s, want %s", v.Key, v.Env, want))
		}
		if other, dup := seen[v.Env]; dup {
			errs = append(errs, fmt.Errorf("config: keys %s and %s share env var %s", other, v.Key, v.Env))
		}
		seen[v.Env] = v.Key
	}
	return errors.Join(errs...)
}
