using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProcurementBaseline.Cli.CommandLine;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, DisableDefaults = true });
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(services => CliContext.FromConsole(services.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton<ProcbaseCommandLine>();
using var host = builder.Build();
return host.Services.GetRequiredService<ProcbaseCommandLine>().Invoke(args);
