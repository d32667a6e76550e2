package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// TestMain lets the test binary run as the dyad command, so tests can
// start it as a child process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("DYAD_RUN_MAIN") == "1" {
		os.Exit(NewMain().Run(context.Background(), os.Args[1:]))
	}
	os.Exit(m.Run())
}

// batch writes n distinct news documents as JSON Lines.
func batch(t *testing.T, dir string, n int) string {
	t.Helper()
	stories := []string{
		"La France a condamné mardi les frappes russes contre l'Ukraine et a appelé Moscou à cesser les hostilités, a indiqué le ministère des Affaires étrangères dans un communiqué numéro %d.",
		"The United States imposed new sanctions on Iran on Monday, and Tehran accused Washington of economic warfare in statement number %d, the foreign ministry said.",
		"Le président kényan a rencontré mercredi son homologue français à Paris et les deux pays ont signé un accord de coopération, selon le communiqué %d publié par l'Élysée.",
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		line, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("doc-%05d", i), "published": "2024-06-20",
			"url":  fmt.Sprintf("https://site%d.example/%d", i%7, i),
			"text": fmt.Sprintf(stories[i%len(stories)], i),
		})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, "batch.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func ingestCmd(db, input string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "ingest", "--db", db, input)
	cmd.Env = append(os.Environ(), "DYAD_RUN_MAIN=1", "GOMAXPROCS=1")
	return cmd
}

// TestIngestKill kills dyad ingest with SIGKILL in the middle of a batch,
// runs it again, and finds the same documents, events and mentions as a
// run that was never interrupted: nothing lost, nothing twice, no orphans.
func TestIngestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	const n = 3000
	input := batch(t, dir, n)

	clean := filepath.Join(dir, "clean.db")
	if out, err := ingestCmd(clean, input).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}

	killed := filepath.Join(dir, "killed.db")
	cmd := ingestCmd(killed, input)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// kill it once some documents, not all, are stored
	deadline := time.Now().Add(60 * time.Second)
	for {
		time.Sleep(20 * time.Millisecond)
		if docs := storedDocs(killed); docs > 50 && docs < n {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("ingest stored nothing in 60 s")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	partial := storedDocs(killed)
	if out, err := ingestCmd(killed, input).CombinedOutput(); err != nil {
		t.Fatalf("ingest after kill: %v\n%s", err, out)
	}
	t.Logf("killed after %d of %d documents", partial, n)

	want, got := stats(t, clean), stats(t, killed)
	if want != got || want.Documents != n {
		t.Errorf("after kill and re-run: %+v, want %+v (%d documents)", got, want, n)
	}
}

// storedDocs returns how many documents a database holds, 0 if it cannot
// be read yet.
func storedDocs(path string) int {
	db, err := sqlite.OpenReadOnly(path)
	if err != nil {
		return 0
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	if err != nil {
		return 0
	}
	return st.Documents
}

func stats(t *testing.T, path string) dyad.Stats {
	t.Helper()
	db, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}
