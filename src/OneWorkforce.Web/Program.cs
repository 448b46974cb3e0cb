using OneWorkforce.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddOneWorkforceWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseOneWorkforce();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
