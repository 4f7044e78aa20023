package kv

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestStore_PersistsAcrossReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put([]byte("task/1"), []byte("a")); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v, err := s.Get([]byte("task/1"))
	if err != nil || string(v) != "a" {
		t.Fatalf("Get after reopen = %q, %v", v, err)
	}
}

func TestStore_EachVisitsOnlyThePrefixInOrder(t *testing.T) {
	s, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, k := range []string{"b/2", "a/1", "b/1", "b\xff", "c/1"} {
		if err := s.Put([]byte(k), []byte(k)); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	if err := s.Each([]byte("b/"), func(k, _ []byte) error { got = append(got, string(k)); return nil }); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != "[b/1 b/2]" {
		t.Fatalf("Each(b/) = %v", got)
	}
	if _, err := s.Get([]byte("nope")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(missing) = %v, want ErrNotFound", err)
	}
	if err := s.Delete([]byte("b/1")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get([]byte("b/1")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(deleted) = %v", err)
	}
	if err := s.Close(); err != nil || s.Close() != nil {
		t.Fatal("Close is not idempotent")
	}
}

func TestPrefixEnd(t *testing.T) {
	tests := []struct{ in, want []byte }{
		{[]byte("a"), []byte("b")},
		{[]byte{'a', 0xff}, []byte("b")},
		{[]byte{0xff, 0xff}, nil},
	}
	for _, tc := range tests {
		if got := prefixEnd(tc.in); string(got) != string(tc.want) {
			t.Errorf("prefixEnd(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestApplyAndDeleteRange(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Apply(func(w *Write) {
		for _, k := range []string{"a/1", "a/2", "a/3", "b/1"} {
			w.Put([]byte(k), []byte("v"+k))
		}
		w.Delete([]byte("a/3"))
	}); err != nil {
		t.Fatal(err)
	}
	if v, err := s.Get([]byte("a/2")); err != nil || string(v) != "va/2" {
		t.Fatalf("a/2 = %q, %v", v, err)
	}
	if _, err := s.Get([]byte("a/3")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a/3 deleted in the same write: %v", err)
	}
	if err := s.DeleteRange([]byte("a/"), []byte("a/2")); err != nil {
		t.Fatal(err)
	}
	var left []string
	s.Each(nil, func(k, _ []byte) error { left = append(left, string(k)); return nil })
	if strings.Join(left, ",") != "a/2,b/1" {
		t.Fatalf("left %v, want a/2,b/1", left)
	}
}
