package verifier

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// Witness is the execution witness of one block as served by debug_executionWitness: the headers of the block's
// ancestors that execution may read (the parent first), the bytecodes it runs and the trie nodes it touches.
// Nothing in it is trusted: codes and nodes are looked up by their own hash, so a wrong entry is simply absent,
// and headers are only reachable by walking parent hashes from a verified header.
type Witness struct {
	Headers []*types.Header
	Codes   [][]byte
	State   [][]byte
}

// UnmarshalJSON accepts both forms L2 clients serve:
//   - geth/op-geth: {"headers": [header objects], "codes": {hash: hex}, "state": {hash: hex}}
//   - reth: {"headers": [RLP hex], "codes": [hex], "state": [hex], "keys": [hex]}
//
// Keys of the map form are ignored: every entry is re-hashed when it is used.
func (w *Witness) UnmarshalJSON(data []byte) error {
	var raw struct {
		Headers []json.RawMessage `json:"headers"`
		Codes   json.RawMessage   `json:"codes"`
		State   json.RawMessage   `json:"state"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("witness: %w", err)
	}
	if raw.State == nil {
		return errors.New("witness: no state field")
	}
	headers := make([]*types.Header, 0, len(raw.Headers))
	for i, h := range raw.Headers {
		header, err := decodeHeader(h)
		if err != nil {
			return fmt.Errorf("witness: headers[%d]: %w", i, err)
		}
		headers = append(headers, header)
	}
	codes, err := decodeBlobs(raw.Codes)
	if err != nil {
		return fmt.Errorf("witness: codes: %w", err)
	}
	state, err := decodeBlobs(raw.State)
	if err != nil {
		return fmt.Errorf("witness: state: %w", err)
	}
	*w = Witness{Headers: headers, Codes: codes, State: state}
	return nil
}

// decodeHeader reads a header given as a JSON object or as a hex string of its RLP encoding.
func decodeHeader(raw json.RawMessage) (*types.Header, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var enc hexutil.Bytes
		if err := json.Unmarshal(raw, &enc); err != nil {
			return nil, err
		}
		h := new(types.Header)
		if err := rlp.DecodeBytes(enc, h); err != nil {
			return nil, fmt.Errorf("RLP: %w", err)
		}
		return h, nil
	}
	h := new(types.Header)
	if err := json.Unmarshal(raw, h); err != nil {
		return nil, err
	}
	return h, nil
}

// decodeBlobs reads a list of hex blobs, or an object whose values are hex blobs (keys ignored).
func decodeBlobs(raw json.RawMessage) ([][]byte, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, nil
	}
	if raw[0] == '[' {
		var list []hexutil.Bytes
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, err
		}
		out := make([][]byte, len(list))
		for i, b := range list {
			out[i] = b
		}
		return out, nil
	}
	var m map[string]hexutil.Bytes
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	out := make([][]byte, 0, len(m))
	for _, b := range m {
		out = append(out, b)
	}
	return out, nil
}
