using System.Globalization;
using System.Text;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Printing;

namespace LKvitai.Infrastructure.Integrations.Printing;

/// <summary>
/// A 4 × 6 inch handling-unit label at 203 dpi in ZPL II: header (type, location, date, receipt), the SKU lines, and the
/// SSCC as a GS1-128 barcode — Code 128 subset C, FNC1, AI (00), the 18 digits — with its human-readable line below.
/// Pure: the same label always gives the same text.
/// </summary>
internal sealed class ZplLabelRenderer : ILabelRenderer
{
    /// <summary>SKU lines that fit above the barcode; the rest are summarised in one line.</summary>
    public const int MaxLines = 14;

    private const int Left = 40;
    private const int Width = 732;

    // Digits of the GS1 company prefix in the human-readable SSCC (GS1's example prefix 0614141 has 7).
    private readonly int companyPrefixLength;

    public ZplLabelRenderer(int companyPrefixLength = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(companyPrefixLength, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(companyPrefixLength, 12);
        this.companyPrefixLength = companyPrefixLength;
    }

    public string Render(HandlingUnitLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!SsccRules.IsValid(label.Sscc))
        {
            throw new ArgumentException($"'{label.Sscc}' is not a valid SSCC (18 digits with a GS1 check digit).", nameof(label));
        }

        var zpl = new StringBuilder(1024);
        zpl.Append("^XA\n^CI28\n^PW812\n^LL1218\n^LH0,0\n");

        Text(zpl, Left, 30, 48, Truncate($"{label.Type}", 28));
        Text(zpl, Left, 95, 32, Truncate($"Location: {label.Location}", 40));
        Text(zpl, Left, 140, 32, $"Date: {label.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        if (label.ExpiresOn is { } expiresOn)
        {
            Text(zpl, Left + 380, 140, 32, $"Best before: {expiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        Text(zpl, Left, 185, 32, Truncate($"Receipt: {label.ReceiptReference ?? "-"}", 40));
        zpl.Append(CultureInfo.InvariantCulture, $"^FO{Left},230^GB{Width},3,3^FS\n");

        var y = 250;
        Text(zpl, Left, y, 26, "SKU / name / quantity");
        y += 36;
        var shown = label.Lines.Count > MaxLines ? MaxLines - 1 : label.Lines.Count;
        foreach (var line in label.Lines.Take(shown))
        {
            var quantity = line.Quantity.ToString("0.######", CultureInfo.InvariantCulture);
            Text(zpl, Left, y, 28, Truncate(line.Sku, 20));
            Text(zpl, Left + 300, y, 28, Truncate(line.Name ?? string.Empty, 22));
            Text(zpl, Left + 560, y, 28, Truncate($"{quantity} {line.UnitOfMeasure}", 12));
            y += 38;
        }

        if (label.Lines.Count > shown)
        {
            Text(zpl, Left, y, 28, $"+ {label.Lines.Count - shown} more lines");
        }

        zpl.Append(CultureInfo.InvariantCulture, $"^FO{Left},840^GB{Width},3,3^FS\n");
        zpl.Append("^FO60,870^A0N,28,28^FDSSCC^FS\n");
        // >; starts subset C, >8 is FNC1 (GS1-128), then AI 00 and the 18 digits: 20 digits, an even count for subset C.
        zpl.Append(CultureInfo.InvariantCulture, $"^FO60,910^BY3,3,200^BCN,200,N,N,N^FD>;>800{label.Sscc}^FS\n");
        Text(zpl, 60, 1130, 40, HumanReadable(label.Sscc));
        zpl.Append("^XZ\n");
        return zpl.ToString();
    }

    /// <summary>"(00) 0 0614141 123456789 0": extension digit, company prefix, serial reference, check digit.</summary>
    public string HumanReadable(string sscc) =>
        $"(00) {sscc[0]} {sscc[1..(1 + companyPrefixLength)]} {sscc[(1 + companyPrefixLength)..17]} {sscc[17]}";

    private static void Text(StringBuilder zpl, int x, int y, int height, string text) =>
        zpl.Append(CultureInfo.InvariantCulture, $"^FO{x},{y}^A0N,{height},{height}^FH^FD{Escape(text)}^FS\n");

    /// <summary>
    /// ^ and ~ would start ZPL commands inside the data: with ^FH they (and the escape character _ itself) are written
    /// as hexadecimal; control characters are dropped.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '_': escaped.Append("_5F"); break;
                case '^': escaped.Append("_5E"); break;
                case '~': escaped.Append("_7E"); break;
                case < ' ': break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
