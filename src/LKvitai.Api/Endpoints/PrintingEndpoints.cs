using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Models;
using LKvitai.Application.Printing;
using LKvitai.Application.Printing.GetPrintJob;
using LKvitai.Application.Printing.GetPrintJobLabel;
using LKvitai.Application.Printing.ListPrinters;
using LKvitai.Application.Printing.ListPrintJobs;
using LKvitai.Application.Printing.MarkPrintJobPrinted;
using LKvitai.Application.Printing.RegisterPrinter;
using LKvitai.Application.Printing.RetryPrintJob;
using LKvitai.Application.Printing.UpdatePrinter;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class PrintingEndpoints
{
    public sealed record UpdatePrinterRequest(Guid CommandId, string Host, int? Port, bool Enabled);

    public sealed record PrintJobActionRequest(Guid CommandId);

    public static void MapPrintingEndpoints(this IEndpointRouteBuilder app)
    {
        var printers = app.MapGroup("/api/v1/printers").WithTags("Printing");

        printers.MapGet("/", async (ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListPrintersQuery(), ct)).ToOk(context))
            .WithName("ListPrinters").WithSummary("Registered label printers.")
            .Produces<IReadOnlyList<PrinterDto>>().ProducesProblems(401);

        printers.MapPost("/", async (RegisterPrinterCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToHttp(context, p => Results.Created($"/api/v1/printers/{p.Name}", p)))
            .WithName("RegisterPrinter").WithSummary("Register a label printer (administrators): unique name, host, port (9100 when omitted), enabled.")
            .Produces<PrinterDto>(StatusCodes.Status201Created).ProducesProblems(400, 401, 403, 409);

        printers.MapPut("/{name}", async (string name, UpdatePrinterRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new UpdatePrinterCommand(request.CommandId, name, request.Host, request.Port, request.Enabled), ct)).ToOk(context))
            .WithName("UpdatePrinter").WithSummary("Change a printer's host and port, or enable / disable it (administrators).")
            .Produces<PrinterDto>().ProducesProblems(400, 401, 403, 404, 409);

        var jobs = app.MapGroup("/api/v1/print-jobs").WithTags("Printing");

        jobs.MapGet("/", async (string? state, Guid? handlingUnitId, int? page, int? pageSize, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListPrintJobsQuery(state, handlingUnitId, page ?? 1, pageSize ?? 100), ct)).ToOk(context))
            .WithName("ListPrintJobs").WithSummary("Print jobs, newest first; state=manual is the manual print queue (queued, printed, manual).")
            .Produces<PagedList<PrintJobDto>>().ProducesProblems(400, 401);

        jobs.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetPrintJobQuery(id), ct)).ToOk(context))
            .WithName("GetPrintJob").WithSummary("One print job: state, attempts, next attempt, last error.")
            .Produces<PrintJobDto>().ProducesProblems(401, 404);

        jobs.MapGet("/{id:guid}/label", async (Guid id, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new GetPrintJobLabelQuery(id), ct)).ToOk(context))
            .WithName("GetPrintJobLabel").WithSummary("The job's label as ZPL, to print by hand or preview.")
            .Produces<PrintJobLabelDto>().ProducesProblems(401, 404);

        jobs.MapPost("/{id:guid}/retry", async (Guid id, PrintJobActionRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new RetryPrintJobCommand(request.CommandId, id), ct)).ToOk(context))
            .WithName("RetryPrintJob").WithSummary("Send a job from the manual queue to its printer again, now (managers, administrators).")
            .Produces<PrintJobDto>().ProducesProblems(400, 401, 403, 404, 409, 422);

        jobs.MapPost("/{id:guid}/printed", async (Guid id, PrintJobActionRequest request, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new MarkPrintJobPrintedCommand(request.CommandId, id), ct)).ToOk(context))
            .WithName("MarkPrintJobPrinted").WithSummary("The label was printed by hand: the job leaves the manual queue (managers, administrators).")
            .Produces<PrintJobDto>().ProducesProblems(400, 401, 403, 404, 409, 422);
    }
}
