using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Common;
using LKvitai.Domain.Printing;

namespace LKvitai.Application.Printing;

public sealed record PrinterDto(string Name, string Host, int Port, bool Enabled, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PrinterDto From(Printer printer) =>
        new(printer.Name, printer.Host, printer.Port, printer.Enabled, printer.CreatedAt, printer.UpdatedAt);
}

/// <summary>A job's ZPL, for the manual print queue (print it by hand) and the SPA's preview.</summary>
public sealed record PrintJobLabelDto(Guid Id, string Sscc, string Zpl);

internal static class PrintJobMapping
{
    public static PrintJobDto ToDto(this PrintJob job) =>
        new(job.Id, job.HandlingUnitId, job.Sscc, job.Printer, job.State, job.Attempts, job.NextAttemptAt, job.LastError,
            job.CreatedAt, job.PrintedAt, job.RequestedBy);
}

internal static class PrintingErrors
{
    public static readonly Error PrinterNotFound = Error.NotFound("printing.printer_not_found", "Printer not found");

    public static readonly Error PrinterExists = Error.Conflict("printing.printer_exists", "A printer with this name already exists");

    public static readonly Error PrintJobNotFound = Error.NotFound("printing.print_job_not_found", "Print job not found");

    public static readonly Error PrintJobAlreadyPrinted = Error.BusinessRule(
        "printing.print_job_already_printed", "The label has already been printed",
        "Queue a new print job to print the label again.");
}

internal static class PrinterRules
{
    /// <summary>Printer names are kept in capitals (like warehouse codes): DOCK-1, GOODS-IN.</summary>
    public static string NormaliseName(string name) => name.Trim().ToUpperInvariant();

    public static bool IsValidName(string? name) =>
        name is not null && NormaliseName(name) is { Length: > 0 and <= 40 } n && n.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static bool IsValidHost(string? host) =>
        host is not null && host.Trim() is { Length: > 0 and <= 253 } h && Uri.CheckHostName(h) != UriHostNameType.Unknown;

    public static IRuleBuilderOptions<T, string> PrinterName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsValidName).WithMessage("Use up to 40 letters, digits, '-' or '_', e.g. DOCK-1");

    public static IRuleBuilderOptions<T, string> PrinterHost<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsValidHost).WithMessage("Enter the printer's host name or IP address, e.g. 10.0.5.21");

    public static IRuleBuilderOptions<T, int?> PrinterPort<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(p => p is null or (>= 1 and <= 65535)).WithMessage("The port must be between 1 and 65535 (Zebra printers: 9100)");
}
