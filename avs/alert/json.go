package alert

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// ParseKind parses a kind name as String prints it ("BlockMismatch", ...), case-insensitively.
func ParseKind(s string) (Kind, error) {
	for _, k := range []Kind{KindBlockMismatch, KindOutputOracleMismatch, KindBlockHashMismatch} {
		if strings.EqualFold(s, k.String()) {
			return k, nil
		}
	}
	return 0, fmt.Errorf("alert: unknown kind %q (want BlockMismatch, OutputOracleMismatch or BlockHashMismatch)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	switch k {
	case KindBlockMismatch, KindOutputOracleMismatch, KindBlockHashMismatch:
		return []byte(k.String()), nil
	}
	return nil, fmt.Errorf("alert: cannot encode unknown kind %d", uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(text []byte) error {
	parsed, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = parsed
	return nil
}

// Envelope carries an alert of any kind on the wire: {"kind": "BlockMismatch", "alert": {...}}.
type Envelope struct {
	Kind  Kind            `json:"kind"`
	Alert json.RawMessage `json:"alert"`
}

// Wrap puts a into an envelope.
func Wrap(a Alert) (Envelope, error) {
	body, err := json.Marshal(a)
	if err != nil {
		return Envelope{}, fmt.Errorf("alert: encode %s: %w", a.Kind(), err)
	}
	return Envelope{Kind: a.Kind(), Alert: body}, nil
}

// Open decodes the alert in e strictly (unknown fields are errors) and validates it.
func (e Envelope) Open() (Alert, error) {
	var a Alert
	var err error
	switch e.Kind {
	case KindBlockMismatch:
		var v BlockMismatch
		err = decodeStrict(e.Alert, &v)
		a = v
	case KindOutputOracleMismatch:
		var v OutputOracleMismatch
		err = decodeStrict(e.Alert, &v)
		a = v
	case KindBlockHashMismatch:
		var v BlockHashMismatch
		err = decodeStrict(e.Alert, &v)
		a = v
	default:
		return nil, fmt.Errorf("alert: unknown kind %d", uint8(e.Kind))
	}
	if err != nil {
		return nil, fmt.Errorf("alert: decode %s: %w", e.Kind, err)
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return a, nil
}

func decodeStrict(data []byte, v any) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("empty alert body")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data after the alert")
	}
	return nil
}
