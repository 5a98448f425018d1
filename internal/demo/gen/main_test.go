package main

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"

	"caecw/internal/demo"
)

// TestEmbeddedIsGenerated fails when programme.json was edited by hand or
// the generator changed without `go generate ./internal/demo`.
func TestEmbeddedIsGenerated(t *testing.T) {
	got, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	want := demo.JSON()
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(0, i-80)
		t.Fatalf("programme.json is stale (first difference at byte %d):\nembedded:  %q\ngenerated: %q\nrun: go generate ./internal/demo",
			i, want[lo:min(len(want), i+80)], got[lo:min(len(got), i+80)])
	}
}

// TestDeterministic builds twice from the seed and gets the same
// programme, so the output depends on nothing but the seed (no map order,
// no clock).
func TestDeterministic(t *testing.T) {
	a := build(rand.New(rand.NewPCG(seed1, seed2)))
	b := build(rand.New(rand.NewPCG(seed1, seed2)))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two builds from one seed differ")
	}
	c := build(rand.New(rand.NewPCG(seed1+1, seed2)))
	if reflect.DeepEqual(a.People, c.People) {
		t.Fatal("the seed does not reach the people")
	}
}

func TestASCII(t *testing.T) {
	for in, want := range map[string]string{
		"Nguyễn Thị Thu Hương": "Nguyen Thi Thu Huong",
		"Đặng Đức Anh":         "Dang Duc Anh",
		"João do Rosário":      "Joao do Rosario",
		"Toʻxtayev":            "To'xtayev",
	} {
		if got := ascii(in); got != want {
			t.Errorf("ascii(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFamousRefused(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	_, people := delegationsAndPeople(r)
	for _, p := range people {
		if isFamous(p.NameLatin) {
			t.Errorf("%s is named %q, a public figure", p.ID, p.NameLatin)
		}
	}
}
