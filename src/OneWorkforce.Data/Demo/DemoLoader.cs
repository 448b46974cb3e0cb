using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Areas;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Data.Demo;

/// <summary>Loads the demo area. Running it again leaves what is there and resets the demo passwords.</summary>
public sealed class DemoLoader(OneWorkforceDbContext db, AreaAdministration areas, AccountAdministration accounts, UserManager<ApplicationUser> users,
    QualificationFiles files, DemoAssessment assessment, DemoWorkforce workforce, Training.DemoTraining training,
    Training.DemoEvaluationAndInduction evaluationAndInduction, Partners.DemoDirectory directory, Surveys.DemoSurvey survey, Strategy.DemoStrategy strategy)
{
    /// <param name="withWorkforce">Add the synthetic workforce too (about 20,000 workers); tests that do not need it leave it out.</param>
    public async Task<Area> LoadAsync(CancellationToken cancellationToken = default, bool withWorkforce = true)
    {
        await accounts.EnsureRolesAsync();
        var area = await db.Areas.SingleOrDefaultAsync(a => a.Code == DemoData.AreaCode, cancellationToken);
        if (area is null)
        {
            var created = await areas.CreateAreaAsync(new AreaInput(DemoData.AreaName, DemoData.AreaCode, DemoData.Districts), cancellationToken);
            area = created.Value ?? throw new InvalidOperationException(created.Errors.ToString());
        }
        foreach (var organisation in DemoData.Organisations)
        {
            if (!await db.Organisations.AnyAsync(o => o.AreaId == area.Id && o.Reference == organisation.Reference, cancellationToken))
            {
                var created = await areas.CreateOrganisationAsync(area.Id, organisation, cancellationToken);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(created.Errors.ToString());
                }
            }
        }
        var organisations = await db.Organisations.Where(o => o.AreaId == area.Id).ToDictionaryAsync(o => o.Reference, cancellationToken);
        foreach (var account in DemoData.Accounts)
        {
            await EnsureAccountAsync(account, area, account.OrganisationReference is null ? null : organisations[account.OrganisationReference]);
        }
        await LoadSampleStructuresAsync();
        await assessment.LoadAsync(area, cancellationToken);
        await training.LoadAsync(area, cancellationToken);
        await training.LoadEventsAsync(area, cancellationToken);
        await training.LoadRequirementsAsync(area, cancellationToken);
        await evaluationAndInduction.LoadEvaluationsAsync(area, cancellationToken);
        await directory.LoadAsync(area, cancellationToken);
        await survey.LoadAsync(area, cancellationToken);
        if (withWorkforce)
        {
            await workforce.LoadAsync(area, cancellationToken);
            await training.LinkPractitionerAsync(area, cancellationToken);
            await evaluationAndInduction.LoadInductionsAsync(area, cancellationToken);
        }
        await strategy.LoadAsync(area, cancellationToken);
        return area;
    }

    private static readonly string[] SampleFormats =
    [
        TemplateImports.UnitsFormat, TemplateImports.StructuresFormat, TemplateImports.MappingsFormat,
        RoleTemplateImports.RequirementsFormat, TemplateImports.RoleLinksFormat, OfferImport.Format,
    ];

    /// <summary>The illustrative units, structures, mappings, requirements, role links and offers (Demo/Samples), in the order they depend on each other.</summary>
    private async Task LoadSampleStructuresAsync()
    {
        foreach (var format in SampleFormats)
        {
            var name = format + ".csv";
            await using var stream = typeof(DemoLoader).Assembly.GetManifestResourceStream($"Demo.Samples.{name}")
                ?? throw new InvalidOperationException($"The demo sample {name} is missing from the build.");
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            var summary = await files.ImportAsync(format, name, memory.ToArray());
            if (!summary.Succeeded)
            {
                throw new InvalidOperationException($"The demo sample {name} did not load: {summary.Problems[0]}");
            }
        }
    }

    private async Task EnsureAccountAsync(DemoData.DemoAccount account, Area area, Organisation? organisation)
    {
        var user = await users.FindByEmailAsync(account.Email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = DateTime.UtcNow,
                AreaId = account.Role == ServiceRoles.NationalAdministrator ? null : area.Id,
                OrganisationId = organisation?.Id,
            };
            Check(await users.CreateAsync(user, DemoData.Password));
            Check(await users.AddToRoleAsync(user, account.Role));
        }
        else
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, DemoData.Password));
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
