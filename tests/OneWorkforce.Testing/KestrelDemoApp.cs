using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OneWorkforce.Testing;

/// <summary>The demo app on a real Kestrel port of 127.0.0.1, for a real browser or a load of real HTTP clients.</summary>
public sealed class KestrelDemoApp : DemoAppFactory
{
    public KestrelDemoApp() => UseKestrel(0);

    protected override bool WithWorkforce => true;

    /// <summary>The address Kestrel listens on, once started.</summary>
    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
