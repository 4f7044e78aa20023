package alert

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestEnvelope_RoundTripsEveryKind(t *testing.T) {
	alerts := []Alert{
		BlockMismatch{InvalidOutputRoot: common.Hash{1}, ExpectOutputRoot: common.Hash{2}, L2BlockNumber: 9},
		OutputOracleMismatch{InvalidOutputIndex: 3, ExpectOutputRoot: common.Hash{4}},
		BlockHashMismatch{InvalidBlockHash: common.Hash{5}, ExpectBlockHash: common.Hash{6}, L2BlockNumber: 7},
	}
	for _, a := range alerts {
		t.Run(a.Kind().String(), func(t *testing.T) {
			e, err := Wrap(a)
			if err != nil {
				t.Fatal(err)
			}
			wire, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			var back Envelope
			if err := json.Unmarshal(wire, &back); err != nil {
				t.Fatal(err)
			}
			got, err := back.Open()
			if err != nil {
				t.Fatal(err)
			}
			if got.MessageHash() != a.MessageHash() {
				t.Fatalf("message hash changed over the wire: %s", wire)
			}
		})
	}
}

func TestEnvelope_RejectsMalformedInput(t *testing.T) {
	tests := []struct{ name, wire string }{
		{"unknown kind", `{"kind":"Nope","alert":{}}`},
		{"unknown field", `{"kind":"BlockMismatch","alert":{"invalidOutputRoot":"0x01","bogus":1}}`},
		{"empty body", `{"kind":"BlockMismatch"}`},
		{"bad hash", `{"kind":"BlockMismatch","alert":{"invalidOutputRoot":"zz"}}`},
		{"equal roots", `{"kind":"BlockMismatch","alert":{"invalidOutputRoot":"0x0000000000000000000000000000000000000000000000000000000000000001","expectOutputRoot":"0x0000000000000000000000000000000000000000000000000000000000000001","l2BlockNumber":1}}`},
		{"negative block", `{"kind":"BlockMismatch","alert":{"l2BlockNumber":-1}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var e Envelope
			if err := json.Unmarshal([]byte(tc.wire), &e); err != nil {
				return // rejected at the envelope
			}
			if _, err := e.Open(); err == nil {
				t.Fatalf("accepted %s", tc.wire)
			}
		})
	}
}

func FuzzEnvelopeOpen(f *testing.F) {
	f.Add(`{"kind":"BlockMismatch","alert":{"invalidOutputRoot":"0x01","expectOutputRoot":"0x02","l2BlockNumber":1}}`)
	f.Add(`{"kind":"OutputOracleMismatch","alert":{"invalidOutputIndex":1,"expectOutputRoot":"0x02"}}`)
	f.Add(`{"kind":"BlockHashMismatch","alert":null}`)
	f.Fuzz(func(t *testing.T, wire string) {
		var e Envelope
		if json.Unmarshal([]byte(wire), &e) != nil {
			return
		}
		a, err := e.Open()
		if err == nil && a.Validate() != nil {
			t.Fatalf("Open returned an invalid alert for %q", wire)
		}
	})
}
