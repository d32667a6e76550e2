package http

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/dyad-events/dyad"
)

func TestManualShots(t *testing.T) {
	path := os.Getenv("DYAD_MANUAL")
	if path == "" {
		t.Skip()
	}
	st := MustOpenStore(t)
	p := mustPipeline(t)
	f, _ := os.Open(path)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 8<<20)
	n, nev := 0, 0
	for sc.Scan() {
		var d dyad.Document
		json.Unmarshal(sc.Bytes(), &d)
		evs, err := p.Code(d)
		if err != nil {
			t.Log(d.ID, err)
			continue
		}
		st.Ingest(context.Background(), d, evs)
		n++
		nev += len(evs)
	}
	t.Logf("%d docs, %d events", n, nev)
	s := NewServer(st, Options{Addr: "127.0.0.1:0"})
	s.Open()
	defer s.Close()
	scheme := os.Getenv("DYAD_SCHEME")
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium()), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1440, 1000),
		chromedp.Flag("blink-settings", "preferredColorScheme="+scheme))
	actx, c1 := chromedp.NewExecAllocator(context.Background(), opts...)
	defer c1()
	ctx, c2 := chromedp.NewContext(actx)
	defer c2()
	chromedp.Do(ctx, chromedp.Navigate("about:blank"))
	if err := chromedp.Do(ctx, chromedp.Navigate(s.URL()+"/"+os.Getenv("DYAD_HASH")), chromedp.WaitVisible(chromedp.CSS("#events tbody tr")), chromedp.Sleep(1500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	img, _ := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	os.WriteFile("/tmp/shots/manual.png", img, 0o644)
	img, _ = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	os.WriteFile("/tmp/shots/manual-full.png", img, 0o644)
}
