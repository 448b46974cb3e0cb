using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OneWorkforce.Testing;

/// <summary>The demo app on a real Kestrel port of 127.0.0.1, for a real browser or a load of real HTTP clients.</summary>
public sealed class KestrelDemoApp : DemoAppFactory
{
    private readonly bool withWorkforce;

    public KestrelDemoApp() : this(withWorkforce: true)
    {
    }

    /// <param name="withWorkforce">Load the 20,000-worker demo workforce (browser tests read it; load tests that bring their own data do not).</param>
    public KestrelDemoApp(bool withWorkforce)
    {
        this.withWorkforce = withWorkforce;
        UseKestrel(0);
    }

    protected override bool WithWorkforce => withWorkforce;

    /// <summary>The address Kestrel listens on, once started.</summary>
    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
