using System.Text.Json.Serialization;

namespace ProcurementBaseline.Server.Api;

/// <summary>The API's JSON, generated at compile time (no reflection, so the server runs compiled ahead of time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(SignInRequest))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OrganisationRequest))]
[JsonSerializable(typeof(OrganisationResponse))]
[JsonSerializable(typeof(IReadOnlyList<OrganisationResponse>))]
[JsonSerializable(typeof(UserRequest))]
[JsonSerializable(typeof(UserResponse))]
[JsonSerializable(typeof(KeyRequest))]
[JsonSerializable(typeof(KeyResponse))]
[JsonSerializable(typeof(ProcurementRequest))]
[JsonSerializable(typeof(ProcurementResponse))]
[JsonSerializable(typeof(IReadOnlyList<ProcurementResponse>))]
[JsonSerializable(typeof(SubmissionResponse))]
[JsonSerializable(typeof(IReadOnlyList<SubmissionResponse>))]
[JsonSerializable(typeof(SubmissionPage))]
[JsonSerializable(typeof(DecisionRequest))]
[JsonSerializable(typeof(DecisionResponse))]
[JsonSerializable(typeof(IReadOnlyList<DecisionResponse>))]
[JsonSerializable(typeof(IReadOnlyList<CatalogResponse>))]
[JsonSerializable(typeof(IReadOnlyList<BaselineResponse>))]
[JsonSerializable(typeof(IReadOnlyList<CrosswalkResponse>))]
[JsonSerializable(typeof(CatalogDetailResponse))]
[JsonSerializable(typeof(BaselineDetailResponse))]
[JsonSerializable(typeof(CrosswalkDetailResponse))]
[JsonSerializable(typeof(ProblemResponse))]
[JsonSerializable(typeof(AuditVerifyResponse))]
[JsonSerializable(typeof(byte[]))]
// The types of query and route parameters, which the OpenAPI document describes.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool?))]
[JsonSerializable(typeof(int?))]
public sealed partial class ServerJson : JsonSerializerContext;
