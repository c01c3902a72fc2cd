// Command iconsgen draws the explorer's icon: a light shield with a check
// mark on the theme's dark blue, a calm symbol of protection. It writes
// web/icon.svg and, from the same shapes, the PNGs the manifest needs:
// icon-192.png, icon-512.png and icon-maskable-512.png (full-bleed
// background, shapes scaled into the central 80 % safe zone).
//
//	go run ./server/internal/iconsgen -out web
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// The drawing lives on a 512×512 canvas.
const size = 512.0

var (
	blue  = color.NRGBA{0x1d, 0x35, 0x57, 0xff} // theme colour
	light = color.NRGBA{0xf1, 0xfa, 0xee, 0xff}
)

type pt struct{ x, y float64 }

// shield is the outline: a gentle peak at the top, straight shoulders,
// sides curving to a point at the bottom. Each curve is a quadratic Bézier
// (from, control, to), so the SVG and the raster use the same shape.
var shieldStart = pt{256, 92}

var shieldCurves = [][2]pt{
	{{306, 120}, {372, 124}}, // to the right shoulder
	{{376, 250}, {376, 250}}, // right side, straight
	{{368, 370}, {256, 428}}, // down to the point
	{{144, 370}, {136, 250}}, // up the left side
	{{136, 250}, {140, 124}}, // left side, straight
	{{206, 120}, {256, 92}},  // back to the peak
}

// check is the check mark, drawn as a thick stroke with round ends.
var check = []pt{{196, 262}, {240, 306}, {318, 212}}

const checkWidth = 38.0

func main() {
	out := flag.String("out", "web", "directory to write the icons into")
	flag.Parse()
	if err := run(*out); err != nil {
		log.Fatal(err)
	}
}

func run(out string) error {
	if err := os.WriteFile(filepath.Join(out, "icon.svg"), []byte(svg()), 0o644); err != nil {
		return fmt.Errorf("writing icon.svg: %w", err)
	}
	for _, ic := range []struct {
		name     string
		px       int
		maskable bool
	}{
		{"icon-192.png", 192, false},
		{"icon-512.png", 512, false},
		{"icon-maskable-512.png", 512, true},
	} {
		if err := writePNG(filepath.Join(out, ic.name), draw(ic.px, ic.maskable)); err != nil {
			return err
		}
	}
	return nil
}

func writePNG(name string, img image.Image) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("creating %s: %w", name, err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("encoding %s: %w", name, err)
	}
	return f.Close()
}

// svg writes the shapes as SVG paths.
func svg() string {
	var d strings.Builder
	fmt.Fprintf(&d, "M%g %g", shieldStart.x, shieldStart.y)
	for _, c := range shieldCurves {
		fmt.Fprintf(&d, "Q%g %g %g %g", c[0].x, c[0].y, c[1].x, c[1].y)
	}
	d.WriteString("Z")
	var ck strings.Builder
	for i, p := range check {
		cmd := "L"
		if i == 0 {
			cmd = "M"
		}
		fmt.Fprintf(&ck, "%s%g %g", cmd, p.x, p.y)
	}
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">`+
		`<title>Landmine Policy Explorer</title>`+
		`<rect width="512" height="512" rx="%g" fill="%s"/>`+
		`<path d="%s" fill="%s"/>`+
		`<path d="%s" fill="none" stroke="%s" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round"/>`+
		"</svg>\n",
		cornerRadius, hex(blue), d.String(), hex(light), ck.String(), hex(blue), checkWidth)
}

const cornerRadius = 96.0

func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// draw rasterises the icon at px×px with 4×4 supersampling. The maskable
// variant fills the whole square and scales the shapes by 0.8 about the
// centre, keeping them inside the circle of radius 0.4×size that every
// platform mask leaves visible.
func draw(px int, maskable bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, px, px))
	poly := flatten()
	const ss = 4
	scale := size / float64(px)
	for y := 0; y < px; y++ {
		for x := 0; x < px; x++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					p := pt{(float64(x) + (float64(sx)+0.5)/ss) * scale, (float64(y) + (float64(sy)+0.5)/ss) * scale}
					var c color.NRGBA
					var in bool
					if maskable {
						in = true
						p = pt{256 + (p.x-256)/0.8, 256 + (p.y-256)/0.8}
					} else {
						in = inRoundedSquare(p)
					}
					if !in {
						continue
					}
					c = blue
					if inPolygon(p, poly) {
						c = light
						if nearPolyline(p, check, checkWidth/2) {
							c = blue
						}
					}
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a += 255
				}
			}
			n := float64(ss * ss)
			if a == 0 {
				continue
			}
			cover := a / 255
			img.SetNRGBA(x, y, color.NRGBA{
				R: uint8(math.Round(r / cover)), G: uint8(math.Round(g / cover)),
				B: uint8(math.Round(b / cover)), A: uint8(math.Round(a / n)),
			})
		}
	}
	return img
}

// flatten turns the shield's Bézier curves into a polygon.
func flatten() []pt {
	var out []pt
	from := shieldStart
	for _, c := range shieldCurves {
		for i := 1; i <= 32; i++ {
			t := float64(i) / 32
			u := 1 - t
			out = append(out, pt{
				u*u*from.x + 2*u*t*c[0].x + t*t*c[1].x,
				u*u*from.y + 2*u*t*c[0].y + t*t*c[1].y,
			})
		}
		from = c[1]
	}
	return out
}

func inRoundedSquare(p pt) bool {
	if p.x < 0 || p.y < 0 || p.x > size || p.y > size {
		return false
	}
	cx := math.Min(math.Max(p.x, cornerRadius), size-cornerRadius)
	cy := math.Min(math.Max(p.y, cornerRadius), size-cornerRadius)
	return math.Hypot(p.x-cx, p.y-cy) <= cornerRadius
}

// inPolygon is the even-odd ray-casting test.
func inPolygon(p pt, poly []pt) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.y > p.y) != (b.y > p.y) && p.x < (b.x-a.x)*(p.y-a.y)/(b.y-a.y)+a.x {
			in = !in
		}
	}
	return in
}

func nearPolyline(p pt, line []pt, r float64) bool {
	for i := 0; i+1 < len(line); i++ {
		if distToSegment(p, line[i], line[i+1]) <= r {
			return true
		}
	}
	return false
}

func distToSegment(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	t := ((p.x-a.x)*dx + (p.y-a.y)*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.x-(a.x+t*dx), p.y-(a.y+t*dy))
}
