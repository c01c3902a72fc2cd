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
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/vector"
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
		if err := writePNG(filepath.Join(out, ic.name), rasterize(ic.px, ic.maskable)); err != nil {
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

// rasterize draws the icon at px×px, anti-aliased by
// golang.org/x/image/vector: the shield in light on the blue square, the
// check mark in blue on top, then, unless maskable, the rounded corners
// cut as the alpha channel (so edge pixels keep the exact blue). The
// maskable variant keeps the full square and scales the shapes by 0.8
// about the centre, keeping them inside the circle of radius 0.4×size that
// every platform mask leaves visible.
func rasterize(px int, maskable bool) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, px, px))
	draw.Draw(img, img.Bounds(), image.NewUniform(blue), image.Point{}, draw.Src)
	k := float64(px) / size
	at := func(p pt) pt { return pt{p.x * k, p.y * k} } // drawing → pixels
	if maskable {
		at = func(p pt) pt { return pt{(256 + (p.x-256)*0.8) * k, (256 + (p.y-256)*0.8) * k} }
	}
	z := vector.NewRasterizer(px, px)
	fill := func(dst draw.Image, src image.Image, path func(p *pen)) {
		z.Reset(px, px)
		path(&pen{z, at})
		z.Draw(dst, dst.Bounds(), src, image.Point{})
	}
	fill(img, image.NewUniform(light), func(p *pen) {
		p.moveTo(shieldStart)
		for _, c := range shieldCurves {
			p.quadTo(c[0], c[1])
		}
		p.z.ClosePath()
	})
	fill(img, image.NewUniform(blue), func(p *pen) { p.stroke(check, checkWidth/2) })
	if maskable {
		return img
	}
	mask := image.NewAlpha(img.Bounds())
	fill(mask, image.Opaque, func(p *pen) { p.roundedRect(pt{0, 0}, pt{size, size}, cornerRadius) })
	out := image.NewNRGBA(img.Bounds())
	copy(out.Pix, img.Pix) // opaque, so premultiplied and straight agree
	for i, a := range mask.Pix {
		out.Pix[4*i+3] = a
	}
	return out
}

// pen draws paths given in the 512×512 drawing's coordinates.
type pen struct {
	z  *vector.Rasterizer
	at func(pt) pt
}

func (p *pen) moveTo(a pt) { a = p.at(a); p.z.MoveTo(float32(a.x), float32(a.y)) }
func (p *pen) lineTo(a pt) { a = p.at(a); p.z.LineTo(float32(a.x), float32(a.y)) }

func (p *pen) quadTo(b, c pt) {
	b, c = p.at(b), p.at(c)
	p.z.QuadTo(float32(b.x), float32(b.y), float32(c.x), float32(c.y))
}

func (p *pen) cubeTo(b, c, d pt) {
	b, c, d = p.at(b), p.at(c), p.at(d)
	p.z.CubeTo(float32(b.x), float32(b.y), float32(c.x), float32(c.y), float32(d.x), float32(d.y))
}

// kappa places the control points of a cubic Bézier that draws a quarter
// circle.
const kappa = 0.5522847498

// roundedRect adds the rectangle from min to max with corners of radius r,
// clockwise on screen. A square with r at half its side is a circle.
func (p *pen) roundedRect(min, max pt, r float64) {
	c := r * (1 - kappa)
	p.moveTo(pt{min.x + r, min.y})
	p.lineTo(pt{max.x - r, min.y})
	p.cubeTo(pt{max.x - c, min.y}, pt{max.x, min.y + c}, pt{max.x, min.y + r})
	p.lineTo(pt{max.x, max.y - r})
	p.cubeTo(pt{max.x, max.y - c}, pt{max.x - c, max.y}, pt{max.x - r, max.y})
	p.lineTo(pt{min.x + r, max.y})
	p.cubeTo(pt{min.x + c, max.y}, pt{min.x, max.y - c}, pt{min.x, max.y - r})
	p.lineTo(pt{min.x, min.y + r})
	p.cubeTo(pt{min.x, min.y + c}, pt{min.x + c, min.y}, pt{min.x + r, min.y})
	p.z.ClosePath()
}

// stroke adds the outline of line drawn r wide on each side with round
// ends and joins: a disc at every point and a rectangle along every
// segment. All go clockwise on screen, so where they overlap the
// rasteriser's coverage adds up and saturates instead of cancelling.
func (p *pen) stroke(line []pt, r float64) {
	for _, a := range line {
		p.roundedRect(pt{a.x - r, a.y - r}, pt{a.x + r, a.y + r}, r)
	}
	for i := 0; i+1 < len(line); i++ {
		a, b := line[i], line[i+1]
		l := math.Hypot(b.x-a.x, b.y-a.y)
		n := pt{(b.y - a.y) / l * r, -(b.x - a.x) / l * r} // this side first keeps it clockwise
		p.moveTo(pt{a.x + n.x, a.y + n.y})
		p.lineTo(pt{b.x + n.x, b.y + n.y})
		p.lineTo(pt{b.x - n.x, b.y - n.y})
		p.lineTo(pt{a.x - n.x, a.y - n.y})
		p.z.ClosePath()
	}
}
