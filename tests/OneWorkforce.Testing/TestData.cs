using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Areas;
using OneWorkforce.Data.Demo;
using Xunit;

namespace OneWorkforce.Testing;

public static class TestData
{
    public static async Task<(int AreaId, int OrganisationId)> AreaWithLeadAndManagerAsync(IServiceProvider services,
        string name, string code, string leadEmail, string managerEmail)
    {
        var areas = services.GetRequiredService<AreaAdministration>();
        var area = (await areas.CreateAreaAsync(new AreaInput(name, code, ["Hereford", "Leominster"]))).Value!;
        var organisation = (await areas.CreateOrganisationAsync(area.Id, new OrganisationInput("Hereford Playgroup", "EY900001", "voluntary", ["early-years"]))).Value!;
        await AccountAsync(services, leadEmail, ServiceRoles.AreaLead, area.Id, null);
        await AccountAsync(services, managerEmail, ServiceRoles.OrganisationManager, area.Id, organisation.Id);
        return (area.Id, organisation.Id);
    }

    public static async Task AccountAsync(IServiceProvider services, string email, string role, int? areaId, int? organisationId)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, AreaId = areaId, OrganisationId = organisationId };
        var created = await users.CreateAsync(user, DemoData.Password);
        Assert.True(created.Succeeded, string.Join(";", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    public static Task<int> OrganisationIdAsync(IServiceProvider services, int areaId, string reference) =>
        services.GetRequiredService<OneWorkforceDbContext>().Organisations
            .Where(o => o.AreaId == areaId && o.Reference == reference).Select(o => o.Id).SingleAsync();
}
