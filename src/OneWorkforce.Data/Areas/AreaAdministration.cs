using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Areas;

/// <summary>Creating areas (national administrator) and their organisations (area leads), for the web app and the CLI alike.</summary>
public sealed class AreaAdministration(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Area>> CreateAreaAsync(AreaInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate();
        var name = input.Name?.Trim() ?? "";
        var code = AreaCode.Normalise(input.Code ?? "");
        if (!errors.Any)
        {
            if (await db.Areas.AnyAsync(a => a.Code == code, cancellationToken))
            {
                errors.Add(nameof(AreaInput.Code), $"An area with code {code} already exists. Check the code, or open that area instead");
            }
            if (await db.Areas.AnyAsync(a => a.Name == name, cancellationToken))
            {
                errors.Add(nameof(AreaInput.Name), $"An area called {name} already exists. Use a different name");
            }
        }
        if (errors.Any)
        {
            return Outcome<Area>.Failure(errors);
        }
        var area = new Area
        {
            Name = name,
            Code = code,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Districts = input.CleanDistricts().Select(d => new District { Name = d }).ToList(),
        };
        db.Areas.Add(area);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("created", nameof(Area), area.Id.ToString(), new Dictionary<string, FieldChange>
        {
            ["Name"] = new(null, area.Name),
            ["Code"] = new(null, area.Code),
            ["Districts"] = new(null, string.Join(", ", area.Districts.Select(d => d.Name))),
        }, area.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Area>.Success(area);
    }

    public async Task<Outcome<Organisation>> CreateOrganisationAsync(int areaId, OrganisationInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate();
        var reference = input.Reference?.Trim() ?? "";
        if (!errors.Any && await db.Organisations.AnyAsync(o => o.AreaId == areaId && o.Reference == reference, cancellationToken))
        {
            errors.Add(nameof(OrganisationInput.Reference), $"An organisation with reference {reference} already exists in this area. Use a different reference");
        }
        if (errors.Any)
        {
            return Outcome<Organisation>.Failure(errors);
        }
        var organisation = new Organisation
        {
            AreaId = areaId,
            Name = input.Name!.Trim(),
            Reference = reference,
            EmployerSector = input.EmployerSector!,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Categories = (input.Categories ?? []).Distinct().Select(c => new OrganisationCategoryLink { CategoryCode = c }).ToList(),
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Organisation>.Success(organisation);
    }
}
