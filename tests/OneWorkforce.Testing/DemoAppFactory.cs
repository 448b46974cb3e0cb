using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data.Demo;
using Xunit;

namespace OneWorkforce.Testing;

/// <summary>The app with the demo area loaded, plus a second area with its own lead and organisation, for cross-area tests.</summary>
public class DemoAppFactory : AppFactory, IAsyncLifetime
{
    public const string OtherAreaCode = "E06000019";
    public const string OtherLeadEmail = "lead@other.example.org";
    public const string OtherManagerEmail = "manager@other.example.org";
    public int DemoAreaId { get; private set; }
    public int OtherAreaId { get; private set; }
    public int NurseryId { get; private set; }
    public int YouthClubId { get; private set; }
    public int OtherOrganisationId { get; private set; }

    /// <summary>Whether the demo area gets its synthetic workforce (about 20,000 workers): only the tests that read it need it.</summary>
    protected virtual bool WithWorkforce => false;

    public async Task InitializeAsync()
    {
        await WithScopeAsync(async services =>
        {
            var demo = await services.GetRequiredService<DemoLoader>().LoadAsync(withWorkforce: WithWorkforce);
            DemoAreaId = demo.Id;
            var other = await TestData.AreaWithLeadAndManagerAsync(services, "Herefordshire", OtherAreaCode, OtherLeadEmail, OtherManagerEmail);
            OtherAreaId = other.AreaId;
            OtherOrganisationId = other.OrganisationId;
            NurseryId = await TestData.OrganisationIdAsync(services, demo.Id, "EY100001");
            YouthClubId = await TestData.OrganisationIdAsync(services, demo.Id, "CH200002");
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>The demo with its synthetic workforce and snapshots, for the workforce report tests.</summary>
public sealed class WorkforceDemoAppFactory : DemoAppFactory
{
    protected override bool WithWorkforce => true;
}
