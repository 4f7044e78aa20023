package config

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// ParseLogLevel reads a log_level value: debug, info (or empty), warn (or warning), error; any case.
func ParseLogLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, errors.New("unknown log level")
}

// NewLogger returns a logger writing to w in format (text, the default, or json) at level (see ParseLogLevel):
// what every role's log_format and log_level keys mean.
func NewLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	l, err := ParseLogLevel(level)
	if err != nil {
		return nil, fmt.Errorf("config: log_level %q is not debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: l}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("config: log_format %q is not text or json", format)
}
