package hostport

import "testing"

func TestSplit(t *testing.T) {
	if h, p, err := Split("127.0.0.1:8545"); err != nil || h != "127.0.0.1" || p != 8545 {
		t.Fatalf("Split = %q %d %v", h, p, err)
	}
	if _, p, err := Split("[::1]:0"); err != nil || p != 0 {
		t.Fatalf("ipv6: %d %v", p, err)
	}
	for _, bad := range []string{"8545", ":8545", "localhost:http", "127.0.0.1:70000", "127.0.0.1:-1", ""} {
		if _, _, err := Split(bad); err == nil {
			t.Errorf("Split(%q) accepted", bad)
		}
	}
}
