using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data.Demo;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

/// <summary>Web nodes are stateless: a sign-in made on one node is honoured by another sharing the database.</summary>
public sealed class SeveralNodesTests
{
    [Fact]
    public async Task A_sign_in_cookie_from_one_node_works_on_another()
    {
        await using var nodeA = new AppFactory();
        await nodeA.WithScopeAsync(s => s.GetRequiredService<DemoLoader>().LoadAsync());
        await using var nodeB = AppFactory.OnDatabase(nodeA.Database);

        var onA = nodeA.CreateClient();
        var signIn = await Browser.SignInAsync(onA, "lead@demo.example.org");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oneworkforce-session=", StringComparison.Ordinal)).Split(';')[0];

        var onB = nodeB.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/areas/E99999999");
        request.Headers.Add("Cookie", cookie);
        var response = await onB.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Demoshire", await response.Content.ReadAsStringAsync());
    }
}
