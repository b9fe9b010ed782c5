using System.Globalization;
using System.Text.Json;
using FluentValidation;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Application.Common.Messaging;
using LKvitai.Domain.Common;
using LKvitai.Domain.Identity;
using LKvitai.Domain.Layout;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LKvitai.Application.Layout.ImportBins;

/// <summary>
/// Bulk import of bins into a warehouse from CSV (header: code,aisle,rack,level,x,y,z,width,depth,height,capacity) or a
/// JSON array with the same keys. All or nothing: any bad row rejects the file with a report of every row's problems.
/// </summary>
public sealed record ImportBinsCommand(Guid CommandId, string Warehouse, string Format, string Content) : IWmsCommand<ImportedBinsDto>
{
    public const int MaximumRows = 20_000;

    public static Access Access => Access.ForRoles(Roles.Manager, Roles.Administrator);
}

public sealed record ImportedBinsDto(string Warehouse, int Imported);

public sealed class ImportBinsCommandValidator : AbstractValidator<ImportBinsCommand>
{
    public ImportBinsCommandValidator()
    {
        RuleFor(c => c.Warehouse).NotEmpty().WithMessage("Choose the warehouse");
        RuleFor(c => c.Format).Must(f => f is "csv" or "json").WithMessage("Format must be csv or json");
        RuleFor(c => c.Content).NotEmpty().WithMessage("The file is empty");
    }
}

public sealed class ImportBinsCommandHandler(IWmsDbContext db, TimeProvider clock) : ICommandHandler<ImportBinsCommand, Result<ImportedBinsDto>>
{
    public const string Header = "code,aisle,rack,level,x,y,z,width,depth,height,capacity";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Row(int Number, string Code, string Aisle, string Rack, int Level, BinSpace Space, int Capacity);

    private sealed record JsonRow(
        string? Code, string? Aisle, string? Rack, int? Level, decimal? X, decimal? Y, decimal? Z,
        decimal? Width, decimal? Depth, decimal? Height, int? Capacity);

    public async ValueTask<Result<ImportedBinsDto>> Handle(ImportBinsCommand command, CancellationToken cancellationToken)
    {
        var warehouseCode = command.Warehouse.Trim().ToUpperInvariant();
        var warehouse = await db.Warehouses.FirstOrDefaultAsync(w => w.Code == warehouseCode, cancellationToken);
        if (warehouse is null)
        {
            return LayoutErrors.WarehouseNotFound(warehouseCode);
        }

        var errors = new SortedDictionary<int, List<string>>();
        void Fail(int row, string message) => (errors.TryGetValue(row, out var list) ? list : errors[row] = []).Add(message);

        var rows = command.Format == "csv" ? ParseCsv(command.Content, Fail) : ParseJson(command.Content, Fail);
        if (rows.Count + errors.Count > ImportBinsCommand.MaximumRows)
        {
            return Error.BusinessRule("layout.import_too_large", "Too many rows", $"Import at most {ImportBinsCommand.MaximumRows} bins at once.");
        }

        foreach (var duplicate in rows.GroupBy(r => r.Code).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            Fail(duplicate.Number, $"code {duplicate.Code} appears more than once in the file");
        }

        var codes = rows.Select(r => r.Code).ToList();
        var taken = await db.Locations.Where(l => codes.Contains(l.Code)).Select(l => l.Code).ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => taken.Contains(r.Code)))
        {
            Fail(row.Number, $"code {row.Code} already exists");
        }

        var existing = await db.Locations.AsNoTracking()
            .Where(l => l.WarehouseId == warehouse.Id && l.RetiredAt == null)
            .Select(l => new { l.Code, l.X, l.Y, l.Z, l.Width, l.Depth, l.Height })
            .ToListAsync(cancellationToken);
        var boxes = rows.Select(r => (Label: $"row {r.Number}", Row: (Row?)r, r.Space))
            .Concat(existing.Select(e => (Label: $"bin {e.Code}", Row: (Row?)null, Space: new BinSpace(e.X, e.Y, e.Z, e.Width, e.Depth, e.Height))))
            .OrderBy(b => b.Space.X).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count && boxes[j].Space.X < boxes[i].Space.X + boxes[i].Space.Width; j++)
            {
                if ((boxes[i].Row is not null || boxes[j].Row is not null) && boxes[i].Space.Overlaps(boxes[j].Space))
                {
                    if (boxes[i].Row is { } a)
                    {
                        Fail(a.Number, $"overlaps {boxes[j].Label}");
                    }

                    if (boxes[j].Row is { } b)
                    {
                        Fail(b.Number, $"overlaps {boxes[i].Label}");
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            return new Error("layout.import_rejected", "The layout file has errors; nothing was imported", ErrorKind.BusinessRule,
                $"{errors.Count} rows have problems.",
                errors.Take(500).ToDictionary(e => $"row {e.Key}", e => e.Value.ToArray()));
        }

        var now = clock.GetUtcNow();
        db.Locations.AddRange(rows.Select(r => new Location
        {
            Code = r.Code, Kind = LocationKind.Bin, WarehouseId = warehouse.Id, Aisle = r.Aisle, Rack = r.Rack, Level = r.Level,
            X = r.Space.X, Y = r.Space.Y, Z = r.Space.Z, Width = r.Space.Width, Depth = r.Space.Depth, Height = r.Space.Height,
            CapacityHandlingUnits = r.Capacity, CreatedAt = now,
        }));
        return new ImportedBinsDto(warehouse.Code, rows.Count);
    }

    private static List<Row> ParseCsv(string content, Action<int, string> fail)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines[0].Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (header != Header)
        {
            fail(1, $"the header must be: {Header}");
            return [];
        }

        var rows = new List<Row>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Length != 11)
            {
                fail(i + 1, $"expected 11 values, found {cells.Length}");
                continue;
            }

            decimal? Number(int index, string name)
            {
                if (decimal.TryParse(cells[index], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                fail(i + 1, $"{name} must be a number (use a dot for decimals)");
                return null;
            }

            var row = Validate(i + 1, cells[0], cells[1], cells[2],
                int.TryParse(cells[3], CultureInfo.InvariantCulture, out var level) ? level : null,
                Number(4, "x"), Number(5, "y"), Number(6, "z"), Number(7, "width"), Number(8, "depth"), Number(9, "height"),
                int.TryParse(cells[10], CultureInfo.InvariantCulture, out var capacity) ? capacity : null, fail);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static List<Row> ParseJson(string content, Action<int, string> fail)
    {
        List<JsonRow>? items;
        try
        {
            items = JsonSerializer.Deserialize<List<JsonRow>>(content, JsonOptions);
        }
        catch (JsonException exception)
        {
            fail(1, $"not a JSON array of bins: {exception.Message}");
            return [];
        }

        var rows = new List<Row>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            var row = Validate(i + 1, item.Code, item.Aisle, item.Rack, item.Level, item.X, item.Y, item.Z, item.Width, item.Depth, item.Height, item.Capacity, fail);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static Row? Validate(
        int number, string? code, string? aisle, string? rack, int? level, decimal? x, decimal? y, decimal? z,
        decimal? width, decimal? depth, decimal? height, int? capacity, Action<int, string> fail)
    {
        var ok = true;
        void Check(bool condition, string message)
        {
            if (!condition)
            {
                fail(number, message);
                ok = false;
            }
        }

        var normalised = code is null ? null : LocationRules.Normalise(code);
        Check(normalised is not null && LocationRules.IsValidCode(normalised) && !VirtualLocations.IsVirtual(normalised),
            "code: up to 40 letters, digits or '-'");
        Check(!string.IsNullOrWhiteSpace(aisle) && aisle.Trim().Length <= 10, "aisle: 1–10 characters");
        Check(!string.IsNullOrWhiteSpace(rack) && rack.Trim().Length <= 10, "rack: 1–10 characters");
        Check(level is >= 0 and <= 50, "level: a whole number from 0 to 50");
        Check(x is not null && y is not null && z is not null, "x, y and z are required");
        Check(width > 0 && depth > 0 && height > 0, "width, depth and height must be above zero");
        Check(capacity is >= 1 and <= 1000, "capacity: 1 to 1000 handling units");
        return ok
            ? new Row(number, normalised!, aisle!.Trim().ToUpperInvariant(), rack!.Trim().ToUpperInvariant(), level!.Value,
                new BinSpace(x!.Value, y!.Value, z!.Value, width!.Value, depth!.Value, height!.Value), capacity!.Value)
            : null;
    }
}
