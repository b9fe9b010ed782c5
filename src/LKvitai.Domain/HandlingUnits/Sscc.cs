namespace LKvitai.Domain.HandlingUnits;

/// <summary>
/// GS1 Serial Shipping Container Code: 18 digits = extension digit + company prefix + serial reference + mod-10 check
/// digit. It is the handling unit's LPN barcode (GS1-128 with application identifier 00).
/// </summary>
public static class Sscc
{
    /// <summary>Builds an SSCC from the configured company prefix (6–12 digits) and a serial number from the database.</summary>
    public static string Create(char extensionDigit, string companyPrefix, long serial)
    {
        if (!char.IsAsciiDigit(extensionDigit))
        {
            throw new ArgumentException("The extension digit is one digit.", nameof(extensionDigit));
        }

        if (companyPrefix.Length is < 6 or > 12 || !companyPrefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A GS1 company prefix has 6 to 12 digits.", nameof(companyPrefix));
        }

        var serialDigits = 16 - companyPrefix.Length;
        var serialText = serial.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (serial < 0 || serialText.Length > serialDigits)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), $"The serial reference has at most {serialDigits} digits with this company prefix.");
        }

        var body = extensionDigit + companyPrefix + serialText.PadLeft(serialDigits, '0');
        return body + CheckDigit(body);
    }

    /// <summary>GS1 mod-10: from the right, digits weigh 3, 1, 3, 1 …; the check digit tops the sum up to a multiple of ten.</summary>
    public static char CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>True for 18 digits whose last one is the right check digit. Accepts a scanned "(00)" or "00" prefix.</summary>
    public static bool IsValid(string? text) => Normalise(text) is not null;

    /// <summary>The 18 digits of a scanned or typed SSCC (with or without the "(00)"/"00" application identifier), or null.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not '(' and not ')').ToArray());
        if (digits.Length == 20 && digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length == 18 && digits.All(char.IsAsciiDigit) && digits[17] == CheckDigit(digits[..17]) ? digits : null;
    }

    /// <summary>
    /// A scanned or typed LPN as stored: the 18 digits when it is an SSCC (with or without its application identifier),
    /// otherwise the text trimmed and upper-cased (labels printed by an earlier system).
    /// </summary>
    public static string AsLpn(string lpn) => Normalise(lpn) ?? lpn.Trim().ToUpperInvariant();
}
