export const id=701;export const ids=[701];export const modules={4085:(e,t,r)=>{const{awsEndpointFunctions:a,emitWarningIfUnsupportedVersion:n,createDefaultUserAgentProvider:s,getDefaultSocketTimeout:o,NODE_APP_ID_CONFIG_OPTIONS:i,getAwsRegionExtensionConfiguration:c,resolveAwsRegionExtensionConfiguration:u,resolveUserAgentConfig:l,resolveHostHeaderConfig:p,getUserAgentPlugin:d,getHostHeaderPlugin:m,getLoggerPlugin:g,getRecursionDetectionPlugin:f}=r(5152),{getHttpAuthSchemeEndpointRuleSetPlugin:h,DefaultIdentityProviderConfig:x,getHttpSigningPlugin:S,createPaginator:E}=r(402),{normalizeProvider:v,getSmithyContext:y,ServiceException:I,NoOpLogger:D,emitWarningIfUnsupportedVersion:A,loadConfigsForDefaultMode:M,getDefaultExtensionConfiguration:R,resolveDefaultRuntimeConfig:b,Client:C,makeBuilder:O,createWaiter:P,checkExceptions:w,WaiterState:N,createAggregatedClient:T}=r(2658),{Command:_}=r(2658);const{resolveDefaultsModeConfig:F,loadConfig:L,NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS:U,NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS:k,NODE_REGION_CONFIG_OPTIONS:G,NODE_REGION_CONFIG_FILE_OPTIONS:V,resolveRegionConfig:K}=r(7291),{BinaryDecisionDiagram:$,EndpointCache:z,decideEndpoint:j,customEndpointFunctions:H,resolveEndpointConfig:W,getEndpointPlugin:B}=r(2085),{parseUrl:q,getHttpHandlerExtensionConfiguration:Q,resolveHttpHandlerRuntimeConfig:Y,getContentLengthPlugin:Z}=r(3422),{DEFAULT_RETRY_MODE:X,NODE_RETRY_MODE_CONFIG_OPTIONS:J,NODE_MAX_ATTEMPT_CONFIG_OPTIONS:ee,resolveRetryConfig:te,getRetryPlugin:re}=r(3609),{TypeRegistry:ae,getSchemaSerdePlugin:ne}=r(6890),{NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS:se,NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS:oe,resolveCompressionConfig:ie,getCompressionPlugin:ce}=r(190),{resolveAwsSdkSigV4Config:ue,AwsSdkSigV4Signer:le,NODE_AUTH_SCHEME_PREFERENCE_OPTIONS:pe}=r(7523),{defaultProvider:de}=r(5861),{toUtf8:me,fromUtf8:ge,toBase64:fe,fromBase64:he,calculateBodyLength:xe}=r(2430),{streamCollector:Se,NodeHttpHandler:Ee}=r(1279),{AwsJson1_0Protocol:ve}=r(7288),{Sha256:ye}=r(9542),Ie=async(e,t,r)=>({operation:y(t).operation,region:await v(e.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});const De=e=>{const t=[];return e.operation,t.push(function(e){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"monitoring",region:e.region},propertiesExtractor:(e,t)=>({signingProperties:{config:e,context:t}})}}(e)),t};var Ae="3.1163.0";const Me="ref",Re=-1,be=!0,Ce="isSet",Oe="PartitionResult",Pe="booleanEquals",we="getAttr",Ne={[Me]:"Endpoint"},Te={[Me]:Oe},_e={},Fe=[{[Me]:"Region"}],Le={conditions:[[Ce,[Ne]],[Ce,Fe],["aws.partition",Fe,Oe],[Pe,[{[Me]:"UseFIPS"},be]],[Pe,[{[Me]:"UseDualStack"},be]],["stringEquals",[{fn:we,argv:[Te,"name"]},"aws-us-gov"]],[Pe,[{fn:we,argv:[Te,"supportsFIPS"]},be]],[Pe,[{fn:we,argv:[Te,"supportsDualStack"]},be]]],results:[[Re],[Re,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Re,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ne,_e],["https://monitoring.{Region}.{PartitionResult#dnsSuffix}",_e],["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}",_e],["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",_e],[Re,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}",_e],[Re,"FIPS is enabled but this partition does not support FIPS"],[Re,"DualStack is enabled but this partition does not support DualStack"],[Re,"Invalid Configuration: Missing Region"]]},Ue=1e8,ke=new Int32Array([-1,1,-1,0,14,3,1,4,Ue+11,2,5,Ue+11,3,8,6,4,7,Ue+4,7,Ue+5,Ue+10,4,11,9,5,Ue+4,10,6,Ue+8,Ue+9,5,Ue+5,12,6,13,Ue+7,7,Ue+6,Ue+7,3,Ue+1,15,4,Ue+2,Ue+3]),Ge=$.from(ke,2,Le.conditions,Le.results),Ve=new z({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Ke=(e,t={})=>Ve.get(e,()=>j(Ge,{endpointParams:e,logger:t.logger}));H.aws=a;class $e extends I{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";constructor(e){super(e),Object.setPrototypeOf(this,$e.prototype)}}class ze extends $e{static shapeId="com.amazonaws.cloudwatch#ConflictException";name="ConflictException";$fault="client";Message;constructor(e){super({name:"ConflictException",$fault:"client",...e}),Object.setPrototypeOf(this,ze.prototype),this.Message=e.Message}}class je extends $e{static shapeId="com.amazonaws.cloudwatch#KmsAccessDeniedException";name="KmsAccessDeniedException";$fault="client";Message;constructor(e){super({name:"KmsAccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,je.prototype),this.Message=e.Message}}class He extends $e{static shapeId="com.amazonaws.cloudwatch#KmsKeyDisabledException";name="KmsKeyDisabledException";$fault="client";Message;constructor(e){super({name:"KmsKeyDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,He.prototype),this.Message=e.Message}}class We extends $e{static shapeId="com.amazonaws.cloudwatch#KmsKeyNotFoundException";name="KmsKeyNotFoundException";$fault="client";Message;constructor(e){super({name:"KmsKeyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,We.prototype),this.Message=e.Message}}class Be extends $e{static shapeId="com.amazonaws.cloudwatch#ResourceNotFoundException";name="ResourceNotFoundException";$fault="client";ResourceType;ResourceId;Message;constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,Be.prototype),this.ResourceType=e.ResourceType,this.ResourceId=e.ResourceId,this.Message=e.Message}}class qe extends $e{static shapeId="com.amazonaws.cloudwatch#ConcurrentModificationException";name="ConcurrentModificationException";$fault="client";Message;constructor(e){super({name:"ConcurrentModificationException",$fault:"client",...e}),Object.setPrototypeOf(this,qe.prototype),this.Message=e.Message}}class Qe extends $e{static shapeId="com.amazonaws.cloudwatch#DashboardInvalidInputError";name="DashboardInvalidInputError";$fault="client";dashboardValidationMessages;constructor(e){super({name:"DashboardInvalidInputError",$fault:"client",...e}),Object.setPrototypeOf(this,Qe.prototype),this.dashboardValidationMessages=e.dashboardValidationMessages}}class Ye extends $e{static shapeId="com.amazonaws.cloudwatch#DashboardNotFoundError";name="DashboardNotFoundError";$fault="client";constructor(e){super({name:"DashboardNotFoundError",$fault:"client",...e}),Object.setPrototypeOf(this,Ye.prototype)}}class Ze extends $e{static shapeId="com.amazonaws.cloudwatch#ResourceConflict";name="ResourceConflict";$fault="client";constructor(e){super({name:"ResourceConflict",$fault:"client",...e}),Object.setPrototypeOf(this,Ze.prototype)}}class Xe extends $e{static shapeId="com.amazonaws.cloudwatch#ResourceNotFound";name="ResourceNotFound";$fault="client";constructor(e){super({name:"ResourceNotFound",$fault:"client",...e}),Object.setPrototypeOf(this,Xe.prototype)}}class Je extends $e{static shapeId="com.amazonaws.cloudwatch#InternalServiceFault";name="InternalServiceFault";$fault="server";Message;constructor(e){super({name:"InternalServiceFault",$fault:"server",...e}),Object.setPrototypeOf(this,Je.prototype),this.Message=e.Message}}class et extends $e{static shapeId="com.amazonaws.cloudwatch#InvalidParameterCombinationException";name="InvalidParameterCombinationException";$fault="client";constructor(e){super({name:"InvalidParameterCombinationException",$fault:"client",...e}),Object.setPrototypeOf(this,et.prototype)}}class tt extends $e{static shapeId="com.amazonaws.cloudwatch#InvalidParameterValueException";name="InvalidParameterValueException";$fault="client";constructor(e){super({name:"InvalidParameterValueException",$fault:"client",...e}),Object.setPrototypeOf(this,tt.prototype)}}class rt extends $e{static shapeId="com.amazonaws.cloudwatch#MissingRequiredParameterException";name="MissingRequiredParameterException";$fault="client";constructor(e){super({name:"MissingRequiredParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,rt.prototype)}}class at extends $e{static shapeId="com.amazonaws.cloudwatch#InvalidNextToken";name="InvalidNextToken";$fault="client";constructor(e){super({name:"InvalidNextToken",$fault:"client",...e}),Object.setPrototypeOf(this,at.prototype)}}class nt extends $e{static shapeId="com.amazonaws.cloudwatch#LimitExceededException";name="LimitExceededException";$fault="client";Message;constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,nt.prototype),this.Message=e.Message}}class st extends $e{static shapeId="com.amazonaws.cloudwatch#LimitExceededFault";name="LimitExceededFault";$fault="client";constructor(e){super({name:"LimitExceededFault",$fault:"client",...e}),Object.setPrototypeOf(this,st.prototype)}}class ot extends $e{static shapeId="com.amazonaws.cloudwatch#InvalidFormatFault";name="InvalidFormatFault";$fault="client";constructor(e){super({name:"InvalidFormatFault",$fault:"client",...e}),Object.setPrototypeOf(this,ot.prototype)}}class it extends $e{static shapeId="com.amazonaws.cloudwatch#ValidationException";name="ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,it.prototype)}}const ct="Average",ut="AlarmActions",lt="AlarmArn",pt="ActionConfiguration",dt="AlarmContributorId",mt="AlarmConfigurationUpdatedTimestamp",gt="AlarmContributors",ft="AnomalyDetectorId",ht="AlarmDescription",xt="AnomalyDetectors",St="ActionsEnabled",Et="AlarmHistoryItems",vt="AccountId",yt="ActionLogLineCount",It="ActionLogLineRoleArn",Dt="AlarmMuteRuleArn",At="AlarmMuteRuleName",Mt="AlarmMuteRuleSummaries",Rt="AlarmName",bt="AlarmNames",Ct="ApplyOnTransformedLogs",Ot="AlarmRule",Pt="ActionsSuppressorExtensionPeriod",wt="ActionsSuppressorWaitPeriod",Nt="ActionsSuppressor",Tt="AlarmTagsPropagation",_t="AlarmTypes",Ft="Arn",Lt="Configuration",Ut="CompositeAlarms",kt="CreatedAt",Gt="CreationDate",Vt="ComparisonOperator",Kt="Dimensions",$t="DashboardArn",zt="DashboardBody",jt="DashboardEntries",Ht="DatasetIdentifier",Wt="DashboardName",Bt="DatapointsToAlarm",qt="DashboardValidationMessages",Qt="Datapoints",Yt="Description",Zt="EvaluationCriteria",Xt="ExpireDate",Jt="ExcludeFilters",er="EvaluationInterval",tr="EvaluateLowSampleCountPercentile",rr="EntityMetricData",ar="EvaluationPeriods",nr="ExtendedStatistics",sr="EvaluationState",or="ExtendedStatistic",ir="EndTime",cr="EvaluationWindow",ur="Entity",lr="Expression",pr="Failures",dr="FirehoseArn",mr="HistoryItemType",gr="InsufficientDataActions",fr="IncludeFilters",hr="IncludeLinkedAccountsMetrics",xr="IncludeMetrics",Sr="InsightRules",Er="KmsKeyArn",vr="Label",yr="LogAlarms",Ir="LabelOptions",Dr="LastUpdateDate",Ar="LastUpdatedTimestamp",Mr="Message",Rr="MetricAlarms",br="MetricCharacteristics",Cr="MetricData",Or="MetricDataQueries",Pr="MetricDataResults",wr="MetricMathAnomalyDetector",Nr="MetricName",Tr="MetricNames",_r="MaxRecords",Fr="MaxResults",Lr="ManagedRule",Ur="ManagedRules",kr="MetricSelections",Gr="MetricStat",Vr="MuteType",Kr="MuteTargets",$r="Maximum",zr="Metrics",jr="Messages",Hr="Metric",Wr="Minimum",Br="Namespace",qr="NextToken",Qr="Name",Yr="Names",Zr="OutputFormat",Xr="OKActions",Jr="Period",ea="QueryResultsToAlarm",ta="QueryResultsToEvaluate",ra="Rule",aa="ResourceArn",na="ResourceARN",sa="RoleArn",oa="ResourceMetricsConfiguration",ia="RuleNames",ca="RuleName",ua="RuleState",la="Status",pa="ScanBy",da="SampleCount",ma="ScheduleConfiguration",ga="StatisticsConfigurations",fa="StartDate",ha="SingleMetricAnomalyDetector",xa="ScheduledQueryConfiguration",Sa="StateReason",Ea="StateReasonData",va="StartTime",ya="StateTransitionedTimestamp",Ia="StateUpdatedTimestamp",Da="StateValue",Aa="SlidingWindow",Ma="Schedule",Ra="Stat",ba="Statistic",Ca="State",Oa="Sum",Pa="Timestamp",wa="TreatMissingData",Na="ThresholdMetricId",Ta="TemplateName",_a="Tags",Fa="Threshold",La="Timezone",Ua="Unit",ka="UpdatedAt",Ga="Value",Va="Values",Ka="WallClockWindow",$a="WarmUpConfiguration",za="awsQueryError",ja="client",Ha="error",Wa="httpError",Ba="message",qa="smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch",Qa="com.amazonaws.cloudwatch",Ya=new ae(qa);var Za=[-3,qa,"CloudWatchServiceException",0,[],[]];Ya.registerError(Za,$e);const Xa=new ae(Qa);var Ja=[-3,Qa,"ConcurrentModificationException",{[za]:["ConcurrentModificationException",429],[Ha]:ja,[Wa]:429},[Mr],[0]];Xa.registerError(Ja,qe);var en=[-3,Qa,"ConflictException",{[Ha]:ja,[Wa]:409},[Mr],[0]];Xa.registerError(en,ze);var tn=[-3,Qa,"DashboardInvalidInputError",{[za]:["InvalidParameterInput",400],[Ha]:ja,[Wa]:400},[Ba,"dashboardValidationMessages"],[0,()=>Ii]];Xa.registerError(tn,Qe);var rn=[-3,Qa,"DashboardNotFoundError",{[za]:["ResourceNotFound",404],[Ha]:ja,[Wa]:404},[Ba],[0]];Xa.registerError(rn,Ye);var an=[-3,Qa,"InternalServiceFault",{[za]:["InternalServiceError",500],[Ha]:"server",[Wa]:500},[Mr],[0]];Xa.registerError(an,Je);var nn=[-3,Qa,"InvalidFormatFault",{[za]:["InvalidFormat",400],[Ha]:ja,[Wa]:400},[Ba],[0]];Xa.registerError(nn,ot);var sn=[-3,Qa,"InvalidNextToken",{[za]:["InvalidNextToken",400],[Ha]:ja,[Wa]:400},[Ba],[0]];Xa.registerError(sn,at);var on=[-3,Qa,"InvalidParameterCombinationException",{[za]:["InvalidParameterCombination",400],[Ha]:ja,[Wa]:400},[Ba],[0]];Xa.registerError(on,et);var cn=[-3,Qa,"InvalidParameterValueException",{[za]:["InvalidParameterValue",400],[Ha]:ja,[Wa]:400},[Ba],[0]];Xa.registerError(cn,tt);var un=[-3,Qa,"KmsAccessDeniedException",{[Ha]:ja},[Mr],[0],1];Xa.registerError(un,je);var ln=[-3,Qa,"KmsKeyDisabledException",{[Ha]:ja},[Mr],[0],1];Xa.registerError(ln,He);var pn=[-3,Qa,"KmsKeyNotFoundException",{[Ha]:ja},[Mr],[0],1];Xa.registerError(pn,We);var dn=[-3,Qa,"LimitExceededException",{[za]:["LimitExceededException",400],[Ha]:ja,[Wa]:400},[Mr],[0]];Xa.registerError(dn,nt);var mn=[-3,Qa,"LimitExceededFault",{[za]:["LimitExceeded",400],[Ha]:ja,[Wa]:400},[Ba],[0]];Xa.registerError(mn,st);var gn=[-3,Qa,"MissingRequiredParameterException",{[za]:["MissingParameter",400],[Ha]:ja,[Wa]:400},[Ba],[0]];Xa.registerError(gn,rt);var fn=[-3,Qa,"ResourceConflict",{[za]:["ResourceConflict",409],[Ha]:ja,[Wa]:409},[Ba],[0]];Xa.registerError(fn,Ze);var hn=[-3,Qa,"ResourceNotFound",{[za]:["ResourceNotFound",404],[Ha]:ja,[Wa]:404},[Ba],[0]];Xa.registerError(hn,Xe);var xn=[-3,Qa,"ResourceNotFoundException",{[za]:["ResourceNotFoundException",404],[Ha]:ja,[Wa]:404},["ResourceType","ResourceId",Mr],[0,0,0]];Xa.registerError(xn,Be);var Sn=[-3,Qa,"ValidationException",{[za]:["ValidationError",400],[Ha]:ja,[Wa]:400},[Ba],[0]];Xa.registerError(Sn,it);const En=[Ya,Xa];var vn=[3,Qa,pt,0,[Tt],[()=>Mn]],yn=[3,Qa,"AlarmContributor",0,["ContributorId","ContributorAttributes",Sa,ya],[0,128,0,4],3],In=[3,Qa,"AlarmHistoryItem",0,[Rt,dt,"AlarmType",Pa,mr,"HistorySummary","HistoryData","AlarmContributorAttributes"],[0,0,0,4,0,0,0,128]],Dn=[3,Qa,"AlarmMuteRuleSummary",0,[Dt,Xt,la,Vr,Ar],[0,4,0,0,4]],An=[3,Qa,"AlarmPromQLCriteria",0,["Query","PendingPeriod","RecoveryPeriod"],[0,1,1],1],Mn=[3,Qa,Tt,0,["Enabled","IncludedTagKeys","ExcludedTagKeys"],[2,64,64],1],Rn=[3,Qa,"AnomalyDetector",0,[ft,Br,Nr,Kt,Ra,Lt,Da,br,ha,wr],[0,0,0,()=>Mi,0,()=>bn,0,()=>co,()=>Ho,()=>mo]],bn=[3,Qa,"AnomalyDetectorConfiguration",0,["ExcludedTimeRanges","MetricTimezone","AdaptationSpeed","OutlierFilteringStrength"],[()=>xi,0,0,0]],Cn=[3,Qa,"AssociateDatasetKmsKeyInput",0,[Ht,Er],[0,0],2],On=[3,Qa,"AssociateDatasetKmsKeyOutput",0,[],[]],Pn=[3,Qa,"CompositeAlarm",0,[St,ut,lt,mt,ht,Rt,Ot,gr,Xr,Sa,Ea,Ia,Da,ya,"ActionsSuppressedBy","ActionsSuppressedReason",Nt,wt,Pt,pt],[2,64,0,4,0,0,0,64,64,0,0,4,0,4,0,0,0,1,1,()=>vn]],wn=[3,Qa,"CreateResourceMetricsConfigurationInput",0,[aa,kr],[0,()=>Hi],1],Nn=[3,Qa,"CreateResourceMetricsConfigurationOutput",0,[oa],[()=>ko],1],Tn=[3,Qa,"DashboardEntry",0,[Wt,$t,"LastModified","Size"],[0,0,4,1]],_n=[3,Qa,"DashboardValidationMessage",0,["DataPath",Mr],[0,0]],Fn=[3,Qa,"Datapoint",0,[Pa,da,ct,Oa,Wr,$r,Ua,nr],[4,1,1,1,1,1,0,129]],Ln=[3,Qa,"DeleteAlarmMuteRuleInput",0,[At],[0],1],Un=[3,Qa,"DeleteAlarmsInput",0,[bt],[64],1],kn=[3,Qa,"DeleteAnomalyDetectorInput",0,[ft,Br,Nr,Kt,Ra,ha,wr],[0,0,0,()=>Mi,0,()=>Ho,()=>mo]],Gn=[3,Qa,"DeleteAnomalyDetectorOutput",0,[],[]],Vn=[3,Qa,"DeleteDashboardsInput",0,["DashboardNames"],[64],1],Kn=[3,Qa,"DeleteDashboardsOutput",0,[],[]],$n=[3,Qa,"DeleteInsightRulesInput",0,[ia],[64],1],zn=[3,Qa,"DeleteInsightRulesOutput",0,[pr],[()=>Ei]],jn=[3,Qa,"DeleteMetricStreamInput",0,[Qr],[0],1],Hn=[3,Qa,"DeleteMetricStreamOutput",0,[],[]],Wn=[3,Qa,"DeleteResourceMetricsConfigurationInput",0,[aa],[0],1],Bn=[3,Qa,"DeleteResourceMetricsConfigurationOutput",0,[],[]],qn=[3,Qa,"DescribeAlarmContributorsInput",0,[Rt,qr],[0,0],1],Qn=[3,Qa,"DescribeAlarmContributorsOutput",0,[gt,qr],[()=>gi,0],1],Yn=[3,Qa,"DescribeAlarmHistoryInput",0,[Rt,dt,_t,mr,fa,"EndDate",_r,qr,pa],[0,0,64,0,4,4,1,0,0]],Zn=[3,Qa,"DescribeAlarmHistoryOutput",0,[Et,qr],[()=>fi,0]],Xn=[3,Qa,"DescribeAlarmsForMetricInput",0,[Nr,Br,ba,or,Kt,Jr,Ua],[0,0,0,0,()=>Mi,1,0],2],Jn=[3,Qa,"DescribeAlarmsForMetricOutput",0,[Rr],[()=>_i]],es=[3,Qa,"DescribeAlarmsInput",0,[bt,"AlarmNamePrefix",_t,"ChildrenOfAlarmName","ParentsOfAlarmName",Da,"ActionPrefix",_r,qr],[64,0,64,0,0,0,0,1,0]],ts=[3,Qa,"DescribeAlarmsOutput",0,[Ut,Rr,yr,qr],[()=>vi,()=>_i,()=>wi,0]],rs=[3,Qa,"DescribeAnomalyDetectorsInput",0,["AnomalyDetectorIds",qr,Fr,Br,Nr,Kt,"AnomalyDetectorTypes"],[64,0,1,0,0,()=>Mi,64]],as=[3,Qa,"DescribeAnomalyDetectorsOutput",0,[xt,qr],[()=>Si,0]],ns=[3,Qa,"DescribeInsightRulesInput",0,[qr,Fr],[0,1]],ss=[3,Qa,"DescribeInsightRulesOutput",0,[qr,Sr],[0,()=>Pi]],os=[3,Qa,"Dimension",0,[Qr,Ga],[0,0],2],is=[3,Qa,"DimensionFilter",0,[Qr,Ga],[0,0],1],cs=[3,Qa,"DisableAlarmActionsInput",0,[bt],[64],1],us=[3,Qa,"DisableInsightRulesInput",0,[ia],[64],1],ls=[3,Qa,"DisableInsightRulesOutput",0,[pr],[()=>Ei]],ps=[3,Qa,"DisassociateDatasetKmsKeyInput",0,[Ht],[0],1],ds=[3,Qa,"DisassociateDatasetKmsKeyOutput",0,[],[]],ms=[3,Qa,"EnableAlarmActionsInput",0,[bt],[64],1],gs=[3,Qa,"EnableInsightRulesInput",0,[ia],[64],1],fs=[3,Qa,"EnableInsightRulesOutput",0,[pr],[()=>Ei]],hs=[3,Qa,ur,0,["KeyAttributes","Attributes"],[128,128]],xs=[3,Qa,rr,0,[ur,Cr],[()=>hs,()=>Fi]],Ss=[3,Qa,"GetAlarmMuteRuleInput",0,[At],[0],1],Es=[3,Qa,"GetAlarmMuteRuleOutput",0,[Qr,Dt,Yt,ra,Kr,fa,Xt,la,Ar,Vr],[0,0,0,()=>Vo,()=>Eo,4,4,0,4,0]],vs=[3,Qa,"GetDashboardInput",0,[Wt],[0],1],ys=[3,Qa,"GetDashboardOutput",0,[$t,zt,Wt],[0,0,0]],Is=[3,Qa,"GetDatasetInput",0,[Ht],[0],1],Ds=[3,Qa,"GetDatasetOutput",0,["DatasetId",Ft,Er],[0,0,0],2],As=[3,Qa,"GetInsightRuleReportInput",0,[ca,va,ir,Jr,"MaxContributorCount",zr,"OrderBy"],[0,4,4,1,1,64,0],4],Ms=[3,Qa,"GetInsightRuleReportOutput",0,["KeyLabels","AggregationStatistic","AggregateValue","ApproximateUniqueCount","Contributors","MetricDatapoints"],[64,0,1,1,()=>Ci,()=>Oi]],Rs=[3,Qa,"GetMetricDataInput",0,[Or,va,ir,qr,pa,"MaxDatapoints",Ir],[()=>Li,4,4,0,0,1,()=>$s],3],bs=[3,Qa,"GetMetricDataOutput",0,[Pr,qr,jr],[()=>ki,0,()=>Ui]],Cs=[3,Qa,"GetMetricStatisticsInput",0,[Br,Nr,va,ir,Jr,Kt,"Statistics",nr,Ua],[0,0,4,4,1,()=>Mi,64,64,0],5],Os=[3,Qa,"GetMetricStatisticsOutput",0,[vr,Qt],[0,()=>Di]],Ps=[3,Qa,"GetMetricStreamInput",0,[Qr],[0],1],ws=[3,Qa,"GetMetricStreamOutput",0,[Ft,Qr,fr,Jt,dr,sa,Ca,Gt,Dr,Zr,ga,hr],[0,0,()=>Ki,()=>Ki,0,0,0,4,4,0,()=>$i,2]],Ns=[3,Qa,"GetMetricWidgetImageInput",0,["MetricWidget",Zr],[0,0],1],Ts=[3,Qa,"GetMetricWidgetImageOutput",0,["MetricWidgetImage"],[21]],_s=[3,Qa,"GetOTelEnrichmentInput",0,[],[]],Fs=[3,Qa,"GetOTelEnrichmentOutput",0,[la,fr,Jt,kt,ka],[0,()=>ji,()=>ji,4,4],1],Ls=[3,Qa,"GetResourceMetricsConfigurationInput",0,[aa],[0],1],Us=[3,Qa,"GetResourceMetricsConfigurationOutput",0,[oa],[()=>ko],1],ks=[3,Qa,"InsightRule",0,[Qr,Ca,"Schema","Definition",Lr,Ct],[0,0,0,0,2,2],4],Gs=[3,Qa,"InsightRuleContributor",0,["Keys","ApproximateAggregateValue",Qt],[64,1,()=>bi],3],Vs=[3,Qa,"InsightRuleContributorDatapoint",0,[Pa,"ApproximateValue"],[4,1],2],Ks=[3,Qa,"InsightRuleMetricDatapoint",0,[Pa,"UniqueContributors","MaxContributorValue",da,ct,Oa,Wr,$r],[4,1,1,1,1,1,1,1],1],$s=[3,Qa,Ir,0,[La],[0]],zs=[3,Qa,"ListAlarmMuteRulesInput",0,[Rt,"Statuses",_r,qr],[0,64,1,0]],js=[3,Qa,"ListAlarmMuteRulesOutput",0,[Mt,qr],[()=>hi,0]],Hs=[3,Qa,"ListDashboardsInput",0,["DashboardNamePrefix",qr],[0,0]],Ws=[3,Qa,"ListDashboardsOutput",0,[jt,qr],[()=>yi,0]],Bs=[3,Qa,"ListManagedInsightRulesInput",0,[na,qr,Fr],[0,0,1],1],qs=[3,Qa,"ListManagedInsightRulesOutput",0,[Ur,qr],[()=>Ni,0]],Qs=[3,Qa,"ListMetricsInput",0,[Br,Nr,Kt,qr,"RecentlyActive","IncludeLinkedAccounts","OwningAccount"],[0,0,()=>Ai,0,0,2,0]],Ys=[3,Qa,"ListMetricsOutput",0,[zr,qr,"OwningAccounts"],[()=>Gi,0,64]],Zs=[3,Qa,"ListMetricStreamsInput",0,[qr,Fr],[0,1]],Xs=[3,Qa,"ListMetricStreamsOutput",0,[qr,"Entries"],[0,()=>Vi]],Js=[3,Qa,"ListTagsForResourceInput",0,[na],[0],1],eo=[3,Qa,"ListTagsForResourceOutput",0,[_a],[()=>Wi]],to=[3,Qa,"LogAlarm",0,[Rt,lt,ht,mt,St,Xr,ut,gr,Da,Sa,Ea,Ia,xa,ta,ea,Fa,Vt,wa,ya,sr,yt,It,$a,pt],[0,0,0,4,2,64,64,64,0,0,0,4,()=>zo,1,1,1,0,0,4,0,1,0,()=>di,()=>vn]],ro=[3,Qa,Lr,0,[Ta,na,_a],[0,0,()=>Wi],2],ao=[3,Qa,"ManagedRuleDescription",0,[Ta,na,ua],[0,0,()=>no]],no=[3,Qa,"ManagedRuleState",0,[ca,Ca],[0,0],2],so=[3,Qa,"MessageData",0,["Code",Ga],[0,0]],oo=[3,Qa,Hr,0,[Br,Nr,Kt],[0,0,()=>Mi]],io=[3,Qa,"MetricAlarm",0,[Rt,lt,ht,mt,St,Xr,ut,gr,Da,Sa,Ea,Ia,Nr,Br,ba,or,Kt,Jr,Ua,ar,Bt,Fa,Vt,wa,tr,zr,Na,sr,ya,cr,$a,Zt,er,pt],[0,0,0,4,2,64,64,64,0,0,0,4,0,0,0,0,()=>Mi,1,0,1,1,1,0,0,0,()=>Li,0,0,4,()=>qi,()=>di,()=>Bi,1,()=>vn]],co=[3,Qa,br,0,["PeriodicSpikes"],[2]],uo=[3,Qa,"MetricDataQuery",0,["Id",Gr,lr,vr,"ReturnData",Jr,vt],[0,()=>go,0,0,2,1,0],1],lo=[3,Qa,"MetricDataResult",0,["Id",vr,"Timestamps",Va,"StatusCode",jr],[0,0,68,65,0,()=>Ui]],po=[3,Qa,"MetricDatum",0,[Nr,Kt,Pa,Ga,"StatisticValues",Va,"Counts",Ua,"StorageResolution"],[0,()=>Mi,4,1,()=>Zo,65,65,0,1],1],mo=[3,Qa,wr,0,[Or],[()=>Li]],go=[3,Qa,Gr,0,[Hr,Jr,Ra,Ua],[()=>oo,1,0,0],3],fo=[3,Qa,"MetricStreamEntry",0,[Ft,Gt,Dr,Qr,dr,Ca,Zr],[0,4,4,0,0,0,0]],ho=[3,Qa,"MetricStreamFilter",0,[Br,Tr],[0,64]],xo=[3,Qa,"MetricStreamStatisticsConfiguration",0,[xr,"AdditionalStatistics"],[()=>zi,64],2],So=[3,Qa,"MetricStreamStatisticsMetric",0,[Br,Nr],[0,0],2],Eo=[3,Qa,Kr,0,[bt],[64],1],vo=[3,Qa,"OTelEnrichmentMetricSelector",0,[Br,Tr],[0,64],1],yo=[3,Qa,"PartialFailure",0,["FailureResource","ExceptionType","FailureCode","FailureDescription"],[0,0,0,0]],Io=[3,Qa,"PutAlarmMuteRuleInput",0,[Qr,ra,Yt,Kr,_a,fa,Xt],[0,()=>Vo,0,()=>Eo,()=>Wi,4,4],2],Do=[3,Qa,"PutAnomalyDetectorInput",0,[Br,Nr,Kt,Ra,Lt,br,ha,wr],[0,0,()=>Mi,0,()=>bn,()=>co,()=>Ho,()=>mo]],Ao=[3,Qa,"PutAnomalyDetectorOutput",0,[ft],[0]],Mo=[3,Qa,"PutCompositeAlarmInput",0,[Rt,Ot,St,ut,ht,gr,Xr,_a,Nt,wt,Pt,pt],[0,0,2,64,0,64,64,()=>Wi,0,1,1,()=>vn],2],Ro=[3,Qa,"PutDashboardInput",0,[Wt,zt,_a],[0,0,()=>Wi],2],bo=[3,Qa,"PutDashboardOutput",0,[qt],[()=>Ii]],Co=[3,Qa,"PutInsightRuleInput",0,[ca,"RuleDefinition",ua,_a,Ct],[0,0,0,()=>Wi,2],2],Oo=[3,Qa,"PutInsightRuleOutput",0,[],[]],Po=[3,Qa,"PutLogAlarmInput",0,[Rt,xa,ta,ea,Fa,Vt,ht,yt,It,St,Xr,ut,gr,wa,_a,$a,pt],[0,()=>zo,1,1,1,0,0,1,0,2,64,64,64,0,()=>Wi,()=>di,()=>vn],6],wo=[3,Qa,"PutManagedInsightRulesInput",0,[Ur],[()=>Ti],1],No=[3,Qa,"PutManagedInsightRulesOutput",0,[pr],[()=>Ei]],To=[3,Qa,"PutMetricAlarmInput",0,[Rt,ht,St,Xr,ut,gr,Nr,Br,ba,or,Kt,Jr,Ua,ar,Bt,Fa,Vt,wa,tr,zr,_a,Na,cr,$a,Zt,er,pt],[0,0,2,64,64,64,0,0,0,0,()=>Mi,1,0,1,1,1,0,0,0,()=>Li,()=>Wi,0,()=>qi,()=>di,()=>Bi,1,()=>vn],1],_o=[3,Qa,"PutMetricDataInput",0,[Br,Cr,rr,"StrictEntityValidation"],[0,()=>Fi,()=>Ri,2],1],Fo=[3,Qa,"PutMetricStreamInput",0,[Qr,dr,sa,Zr,fr,Jt,_a,ga,hr],[0,0,0,0,()=>Ki,()=>Ki,()=>Wi,()=>$i,2],4],Lo=[3,Qa,"PutMetricStreamOutput",0,[Ft],[0]],Uo=[3,Qa,"Range",0,[va,ir],[4,4],2],ko=[3,Qa,oa,0,[aa,kt,ka,kr],[0,4,4,()=>Hi],3],Go=[3,Qa,"ResourceMetricSelection",0,[xr],[64],1],Vo=[3,Qa,ra,0,[Ma],[()=>Ko],1],Ko=[3,Qa,Ma,0,[lr,"Duration",La],[0,0,0],2],$o=[3,Qa,ma,0,["ScheduleExpression","StartTimeOffset","EndTimeOffset"],[0,1,1],2],zo=[3,Qa,xa,0,["QueryString","ScheduledQueryRoleARN",ma,"AggregationExpression","LogGroupIdentifiers","QueryARN",_a],[0,0,()=>$o,0,64,0,()=>Wi],4],jo=[3,Qa,"SetAlarmStateInput",0,[Rt,Da,Sa,Ea],[0,0,0,0],3],Ho=[3,Qa,ha,0,[vt,Br,Nr,Kt,Ra],[0,0,0,()=>Mi,0]],Wo=[3,Qa,Aa,0,[],[]],Bo=[3,Qa,"StartMetricStreamsInput",0,[Yr],[64],1],qo=[3,Qa,"StartMetricStreamsOutput",0,[],[]],Qo=[3,Qa,"StartOTelEnrichmentInput",0,[fr,Jt],[()=>ji,()=>ji]],Yo=[3,Qa,"StartOTelEnrichmentOutput",0,[fr,Jt,kt,ka],[()=>ji,()=>ji,4,4]],Zo=[3,Qa,"StatisticSet",0,[da,Oa,Wr,$r],[1,1,1,1],4],Xo=[3,Qa,"StopMetricStreamsInput",0,[Yr],[64],1],Jo=[3,Qa,"StopMetricStreamsOutput",0,[],[]],ei=[3,Qa,"StopOTelEnrichmentInput",0,[],[]],ti=[3,Qa,"StopOTelEnrichmentOutput",0,[],[]],ri=[3,Qa,"Tag",0,["Key",Ga],[0,0],2],ai=[3,Qa,"TagResourceInput",0,[na,_a],[0,()=>Wi],2],ni=[3,Qa,"TagResourceOutput",0,[],[]],si=[3,Qa,"UntagResourceInput",0,[na,"TagKeys"],[0,64],2],oi=[3,Qa,"UntagResourceOutput",0,[],[]],ii=[3,Qa,"UpdateOTelEnrichmentInput",0,[fr,Jt],[()=>ji,()=>ji]],ci=[3,Qa,"UpdateOTelEnrichmentOutput",0,[fr,Jt,kt,ka],[()=>ji,()=>ji,4,4]],ui=[3,Qa,"UpdateResourceMetricsConfigurationInput",0,[aa,kr],[0,()=>Hi],1],li=[3,Qa,"UpdateResourceMetricsConfigurationOutput",0,[oa],[()=>ko],1],pi=[3,Qa,Ka,0,[La],[0]],di=[3,Qa,$a,0,["WarmUpPeriodDurationInMinutes","OnlyStartEvaluatingAfterWarmUpPeriodEnds"],[1,2],1],mi="unit",gi=[1,Qa,gt,0,()=>yn],fi=[1,Qa,Et,0,()=>In],hi=[1,Qa,Mt,0,()=>Dn],xi=[1,Qa,"AnomalyDetectorExcludedTimeRanges",0,()=>Uo],Si=[1,Qa,xt,0,()=>Rn],Ei=[1,Qa,"BatchFailures",0,()=>yo],vi=[1,Qa,Ut,0,()=>Pn],yi=[1,Qa,jt,0,()=>Tn],Ii=[1,Qa,qt,0,()=>_n],Di=[1,Qa,Qt,0,()=>Fn],Ai=[1,Qa,"DimensionFilters",0,()=>is],Mi=[1,Qa,Kt,0,()=>os],Ri=[1,Qa,"EntityMetricDataList",0,()=>xs],bi=[1,Qa,"InsightRuleContributorDatapoints",0,()=>Vs],Ci=[1,Qa,"InsightRuleContributors",0,()=>Gs],Oi=[1,Qa,"InsightRuleMetricDatapoints",0,()=>Ks],Pi=[1,Qa,Sr,0,()=>ks],wi=[1,Qa,yr,0,()=>to],Ni=[1,Qa,"ManagedRuleDescriptions",0,()=>ao],Ti=[1,Qa,Ur,0,()=>ro],_i=[1,Qa,Rr,0,()=>io],Fi=[1,Qa,Cr,0,()=>po],Li=[1,Qa,Or,0,()=>uo],Ui=[1,Qa,"MetricDataResultMessages",0,()=>so],ki=[1,Qa,Pr,0,()=>lo],Gi=[1,Qa,zr,0,()=>oo],Vi=[1,Qa,"MetricStreamEntries",0,()=>fo],Ki=[1,Qa,"MetricStreamFilters",0,()=>ho],$i=[1,Qa,"MetricStreamStatisticsConfigurations",0,()=>xo],zi=[1,Qa,"MetricStreamStatisticsIncludeMetrics",0,()=>So],ji=[1,Qa,"OTelEnrichmentMetricSelectorList",0,()=>vo],Hi=[1,Qa,"ResourceMetricSelectionList",0,()=>Go],Wi=[1,Qa,"TagList",0,()=>ri],Bi=[4,Qa,Zt,0,["PromQLCriteria"],[()=>An]],qi=[4,Qa,cr,0,[Ka,Aa],[()=>pi,()=>Wo]],Qi=[9,Qa,"AssociateDatasetKmsKey",0,()=>Cn,()=>On],Yi=[9,Qa,"CreateResourceMetricsConfiguration",0,()=>wn,()=>Nn],Zi=[9,Qa,"DeleteAlarmMuteRule",0,()=>Ln,()=>mi],Xi=[9,Qa,"DeleteAlarms",0,()=>Un,()=>mi],Ji=[9,Qa,"DeleteAnomalyDetector",0,()=>kn,()=>Gn],ec=[9,Qa,"DeleteDashboards",0,()=>Vn,()=>Kn],tc=[9,Qa,"DeleteInsightRules",0,()=>$n,()=>zn],rc=[9,Qa,"DeleteMetricStream",0,()=>jn,()=>Hn],ac=[9,Qa,"DeleteResourceMetricsConfiguration",0,()=>Wn,()=>Bn],nc=[9,Qa,"DescribeAlarmContributors",0,()=>qn,()=>Qn],sc=[9,Qa,"DescribeAlarmHistory",0,()=>Yn,()=>Zn],oc=[9,Qa,"DescribeAlarms",0,()=>es,()=>ts],ic=[9,Qa,"DescribeAlarmsForMetric",0,()=>Xn,()=>Jn],cc=[9,Qa,"DescribeAnomalyDetectors",0,()=>rs,()=>as],uc=[9,Qa,"DescribeInsightRules",0,()=>ns,()=>ss],lc=[9,Qa,"DisableAlarmActions",0,()=>cs,()=>mi],pc=[9,Qa,"DisableInsightRules",0,()=>us,()=>ls],dc=[9,Qa,"DisassociateDatasetKmsKey",2,()=>ps,()=>ds],mc=[9,Qa,"EnableAlarmActions",0,()=>ms,()=>mi],gc=[9,Qa,"EnableInsightRules",0,()=>gs,()=>fs],fc=[9,Qa,"GetAlarmMuteRule",0,()=>Ss,()=>Es],hc=[9,Qa,"GetDashboard",0,()=>vs,()=>ys],xc=[9,Qa,"GetDataset",0,()=>Is,()=>Ds],Sc=[9,Qa,"GetInsightRuleReport",0,()=>As,()=>Ms],Ec=[9,Qa,"GetMetricData",0,()=>Rs,()=>bs],vc=[9,Qa,"GetMetricStatistics",0,()=>Cs,()=>Os],yc=[9,Qa,"GetMetricStream",0,()=>Ps,()=>ws],Ic=[9,Qa,"GetMetricWidgetImage",0,()=>Ns,()=>Ts],Dc=[9,Qa,"GetOTelEnrichment",0,()=>_s,()=>Fs],Ac=[9,Qa,"GetResourceMetricsConfiguration",0,()=>Ls,()=>Us],Mc=[9,Qa,"ListAlarmMuteRules",0,()=>zs,()=>js],Rc=[9,Qa,"ListDashboards",0,()=>Hs,()=>Ws],bc=[9,Qa,"ListManagedInsightRules",0,()=>Bs,()=>qs],Cc=[9,Qa,"ListMetrics",0,()=>Qs,()=>Ys],Oc=[9,Qa,"ListMetricStreams",0,()=>Zs,()=>Xs],Pc=[9,Qa,"ListTagsForResource",0,()=>Js,()=>eo],wc=[9,Qa,"PutAlarmMuteRule",0,()=>Io,()=>mi],Nc=[9,Qa,"PutAnomalyDetector",0,()=>Do,()=>Ao],Tc=[9,Qa,"PutCompositeAlarm",0,()=>Mo,()=>mi],_c=[9,Qa,"PutDashboard",0,()=>Ro,()=>bo],Fc=[9,Qa,"PutInsightRule",0,()=>Co,()=>Oo],Lc=[9,Qa,"PutLogAlarm",0,()=>Po,()=>mi],Uc=[9,Qa,"PutManagedInsightRules",0,()=>wo,()=>No],kc=[9,Qa,"PutMetricAlarm",0,()=>To,()=>mi],Gc=[9,Qa,"PutMetricData",0,()=>_o,()=>mi],Vc=[9,Qa,"PutMetricStream",0,()=>Fo,()=>Lo],Kc=[9,Qa,"SetAlarmState",0,()=>jo,()=>mi],$c=[9,Qa,"StartMetricStreams",0,()=>Bo,()=>qo],zc=[9,Qa,"StartOTelEnrichment",0,()=>Qo,()=>Yo],jc=[9,Qa,"StopMetricStreams",0,()=>Xo,()=>Jo],Hc=[9,Qa,"StopOTelEnrichment",0,()=>ei,()=>ti],Wc=[9,Qa,"TagResource",0,()=>ai,()=>ni],Bc=[9,Qa,"UntagResource",0,()=>si,()=>oi],qc=[9,Qa,"UpdateOTelEnrichment",0,()=>ii,()=>ci],Qc=[9,Qa,"UpdateResourceMetricsConfiguration",0,()=>ui,()=>li];const Yc=e=>{A(process.version);const t=F(e),r=()=>t().then(M),a=(e=>({apiVersion:"2010-08-01",base64Decoder:e?.base64Decoder??he,base64Encoder:e?.base64Encoder??fe,disableHostPrefix:e?.disableHostPrefix??!1,endpointProvider:e?.endpointProvider??Ke,extensions:e?.extensions??[],httpAuthSchemeProvider:e?.httpAuthSchemeProvider??De,httpAuthSchemes:e?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new le}],logger:e?.logger??new D,protocol:e?.protocol??ve,protocolSettings:e?.protocolSettings??{defaultNamespace:"com.amazonaws.cloudwatch",errorTypeRegistries:En,xmlNamespace:"http://monitoring.amazonaws.com/doc/2010-08-01/",version:"2010-08-01",serviceTarget:"GraniteServiceVersion20100801",awsQueryCompatible:!0},serviceId:e?.serviceId??"CloudWatch",sha256:e?.sha256??ye,urlParser:e?.urlParser??q,utf8Decoder:e?.utf8Decoder??ge,utf8Encoder:e?.utf8Encoder??me}))(e);n(process.version);const c={profile:e?.profile,logger:a.logger};return{...a,...e,runtime:"node",defaultsMode:t,authSchemePreference:e?.authSchemePreference??L(pe,c),bodyLengthChecker:e?.bodyLengthChecker??xe,credentialDefaultProvider:e?.credentialDefaultProvider??de,defaultSocketTimeout:o(e?.requestHandler,9e5),defaultUserAgentProvider:e?.defaultUserAgentProvider??s({serviceId:a.serviceId,clientVersion:Ae}),disableRequestCompression:e?.disableRequestCompression??L(oe,e),maxAttempts:e?.maxAttempts??L(ee,e),region:e?.region??L(G,{...V,...c}),requestHandler:Ee.create(e?.requestHandler??r),requestMinCompressionSizeBytes:e?.requestMinCompressionSizeBytes??L(se,e),retryMode:e?.retryMode??L({...J,default:async()=>(await r()).retryMode||X},e),streamCollector:e?.streamCollector??Se,useDualstackEndpoint:e?.useDualstackEndpoint??L(k,c),useFipsEndpoint:e?.useFipsEndpoint??L(U,c),userAgentAppId:e?.userAgentAppId??L(i,c)}};class Zc extends C{config;constructor(...[e]){const t=Yc(e||{});super(t),this.initConfig=t;const r=(a=t,Object.assign(a,{useDualstackEndpoint:a.useDualstackEndpoint??!1,useFipsEndpoint:a.useFipsEndpoint??!1,defaultSigningName:"monitoring"}));var a;const n=l(r),s=te(n),o=K(s),i=p(o),E=(e=>{const t=ue(e);return Object.assign(t,{authSchemePreference:v(e.authSchemePreference??[])})})(W(i)),y=((e,t)=>{const r=Object.assign(c(e),R(e),Q(e),(e=>{const t=e.httpAuthSchemes;let r=e.httpAuthSchemeProvider,a=e.credentials;return{setHttpAuthScheme(e){const r=t.findIndex(t=>t.schemeId===e.schemeId);-1===r?t.push(e):t.splice(r,1,e)},httpAuthSchemes:()=>t,setHttpAuthSchemeProvider(e){r=e},httpAuthSchemeProvider:()=>r,setCredentials(e){a=e},credentials:()=>a}})(e));return t.forEach(e=>e.configure(r)),Object.assign(e,u(r),b(r),Y(r),{httpAuthSchemes:(a=r).httpAuthSchemes(),httpAuthSchemeProvider:a.httpAuthSchemeProvider(),credentials:a.credentials()});var a})(ie(E),e?.extensions||[]);this.config=y,this.middlewareStack.use(ne(this.config)),this.middlewareStack.use(d(this.config)),this.middlewareStack.use(re(this.config)),this.middlewareStack.use(Z(this.config)),this.middlewareStack.use(m(this.config)),this.middlewareStack.use(g(this.config)),this.middlewareStack.use(f(this.config)),this.middlewareStack.use(h(this.config,{httpAuthSchemeParametersProvider:Ie,identityProviderConfigProvider:async e=>new x({"aws.auth#sigv4":e.credentials})})),this.middlewareStack.use(S(this.config))}destroy(){super.destroy()}}const Xc=O({UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}},"GraniteServiceVersion20100801","CloudWatchClient",B),Jc={},eu=(e,t,r,a)=>[],tu=(e,t,r,a)=>[ce(r,{encodings:["gzip"]})];class ru extends(Xc(Jc,eu,"AssociateDatasetKmsKey",Qi)){}class au extends(Xc(Jc,eu,"CreateResourceMetricsConfiguration",Yi)){}class nu extends(Xc(Jc,eu,"DeleteAlarmMuteRule",Zi)){}class su extends(Xc(Jc,eu,"DeleteAlarms",Xi)){}class ou extends(Xc(Jc,eu,"DeleteAnomalyDetector",Ji)){}class iu extends(Xc(Jc,eu,"DeleteDashboards",ec)){}class cu extends(Xc(Jc,eu,"DeleteInsightRules",tc)){}class uu extends(Xc(Jc,eu,"DeleteMetricStream",rc)){}class lu extends(Xc(Jc,eu,"DeleteResourceMetricsConfiguration",ac)){}class pu extends(Xc(Jc,eu,"DescribeAlarmContributors",nc)){}class du extends(Xc(Jc,eu,"DescribeAlarmHistory",sc)){}class mu extends(Xc(Jc,eu,"DescribeAlarms",oc)){}class gu extends(Xc(Jc,eu,"DescribeAlarmsForMetric",ic)){}class fu extends(Xc(Jc,eu,"DescribeAnomalyDetectors",cc)){}class hu extends(Xc(Jc,eu,"DescribeInsightRules",uc)){}class xu extends(Xc(Jc,eu,"DisableAlarmActions",lc)){}class Su extends(Xc(Jc,eu,"DisableInsightRules",pc)){}class Eu extends(Xc(Jc,eu,"DisassociateDatasetKmsKey",dc)){}class vu extends(Xc(Jc,eu,"EnableAlarmActions",mc)){}class yu extends(Xc(Jc,eu,"EnableInsightRules",gc)){}class Iu extends(Xc(Jc,eu,"GetAlarmMuteRule",fc)){}class Du extends(Xc(Jc,eu,"GetDashboard",hc)){}class Au extends(Xc(Jc,eu,"GetDataset",xc)){}class Mu extends(Xc(Jc,eu,"GetInsightRuleReport",Sc)){}class Ru extends(Xc(Jc,eu,"GetMetricData",Ec)){}class bu extends(Xc(Jc,eu,"GetMetricStatistics",vc)){}class Cu extends(Xc(Jc,eu,"GetMetricStream",yc)){}class Ou extends(Xc(Jc,eu,"GetMetricWidgetImage",Ic)){}class Pu extends(Xc(Jc,eu,"GetOTelEnrichment",Dc)){}class wu extends(Xc(Jc,eu,"GetResourceMetricsConfiguration",Ac)){}class Nu extends(Xc(Jc,eu,"ListAlarmMuteRules",Mc)){}class Tu extends(Xc(Jc,eu,"ListDashboards",Rc)){}class _u extends(Xc(Jc,eu,"ListManagedInsightRules",bc)){}class Fu extends(Xc(Jc,eu,"ListMetrics",Cc)){}class Lu extends(Xc(Jc,eu,"ListMetricStreams",Oc)){}class Uu extends(Xc(Jc,eu,"ListTagsForResource",Pc)){}class ku extends(Xc(Jc,eu,"PutAlarmMuteRule",wc)){}class Gu extends(Xc(Jc,eu,"PutAnomalyDetector",Nc)){}class Vu extends(Xc(Jc,eu,"PutCompositeAlarm",Tc)){}class Ku extends(Xc(Jc,eu,"PutDashboard",_c)){}class $u extends(Xc(Jc,eu,"PutInsightRule",Fc)){}class zu extends(Xc(Jc,eu,"PutLogAlarm",Lc)){}class ju extends(Xc(Jc,eu,"PutManagedInsightRules",Uc)){}class Hu extends(Xc(Jc,eu,"PutMetricAlarm",kc)){}class Wu extends(Xc(Jc,tu,"PutMetricData",Gc)){}class Bu extends(Xc(Jc,eu,"PutMetricStream",Vc)){}class qu extends(Xc(Jc,eu,"SetAlarmState",Kc)){}class Qu extends(Xc(Jc,eu,"StartMetricStreams",$c)){}class Yu extends(Xc(Jc,eu,"StartOTelEnrichment",zc)){}class Zu extends(Xc(Jc,eu,"StopMetricStreams",jc)){}class Xu extends(Xc(Jc,eu,"StopOTelEnrichment",Hc)){}class Ju extends(Xc(Jc,eu,"TagResource",Wc)){}class el extends(Xc(Jc,eu,"UntagResource",Bc)){}class tl extends(Xc(Jc,eu,"UpdateOTelEnrichment",qc)){}class rl extends(Xc(Jc,eu,"UpdateResourceMetricsConfiguration",Qc)){}const al=E(Zc,du,"NextToken","NextToken","MaxRecords"),nl=E(Zc,mu,"NextToken","NextToken","MaxRecords"),sl=E(Zc,fu,"NextToken","NextToken","MaxResults"),ol=E(Zc,hu,"NextToken","NextToken","MaxResults"),il=E(Zc,Ru,"NextToken","NextToken","MaxDatapoints"),cl=E(Zc,Nu,"NextToken","NextToken","MaxRecords"),ul=E(Zc,Tu,"NextToken","NextToken",""),ll=E(Zc,_u,"NextToken","NextToken","MaxResults"),pl=E(Zc,Fu,"NextToken","NextToken",""),dl=E(Zc,Lu,"NextToken","NextToken","MaxResults"),ml=async(e,t)=>{let r;try{let a=await e.send(new mu(t));r=a;try{if(1==(()=>[].concat(...a.MetricAlarms).length>0)())return{state:N.SUCCESS,reason:r}}catch(e){}}catch(e){r=e}return{state:N.RETRY,reason:r}},gl=async(e,t)=>{const r=await P({minDelay:5,maxDelay:120,...e},t,ml);return w(r)},fl=async(e,t)=>{let r;try{return r=await e.send(new Iu(t)),{state:N.SUCCESS,reason:r}}catch(e){if(r=e,"ResourceNotFoundException"===e.name)return{state:N.RETRY,reason:r}}return{state:N.RETRY,reason:r}},hl=async(e,t)=>{const r=await P({minDelay:5,maxDelay:120,...e},t,fl);return w(r)},xl=async(e,t)=>{let r;try{let a=await e.send(new mu(t));r=a;try{if(1==(()=>[].concat(...a.CompositeAlarms).length>0)())return{state:N.SUCCESS,reason:r}}catch(e){}}catch(e){r=e}return{state:N.RETRY,reason:r}},Sl=async(e,t)=>{const r=await P({minDelay:5,maxDelay:120,...e},t,xl);return w(r)},El=async(e,t)=>{let r;try{let a=await e.send(new mu(t));r=a;try{if(1==(()=>[].concat(...a.LogAlarms).length>0)())return{state:N.SUCCESS,reason:r}}catch(e){}}catch(e){r=e}return{state:N.RETRY,reason:r}},vl=async(e,t)=>{const r=await P({minDelay:5,maxDelay:120,...e},t,El);return w(r)},yl={AssociateDatasetKmsKeyCommand:ru,CreateResourceMetricsConfigurationCommand:au,DeleteAlarmMuteRuleCommand:nu,DeleteAlarmsCommand:su,DeleteAnomalyDetectorCommand:ou,DeleteDashboardsCommand:iu,DeleteInsightRulesCommand:cu,DeleteMetricStreamCommand:uu,DeleteResourceMetricsConfigurationCommand:lu,DescribeAlarmContributorsCommand:pu,DescribeAlarmHistoryCommand:du,DescribeAlarmsCommand:mu,DescribeAlarmsForMetricCommand:gu,DescribeAnomalyDetectorsCommand:fu,DescribeInsightRulesCommand:hu,DisableAlarmActionsCommand:xu,DisableInsightRulesCommand:Su,DisassociateDatasetKmsKeyCommand:Eu,EnableAlarmActionsCommand:vu,EnableInsightRulesCommand:yu,GetAlarmMuteRuleCommand:Iu,GetDashboardCommand:Du,GetDatasetCommand:Au,GetInsightRuleReportCommand:Mu,GetMetricDataCommand:Ru,GetMetricStatisticsCommand:bu,GetMetricStreamCommand:Cu,GetMetricWidgetImageCommand:Ou,GetOTelEnrichmentCommand:Pu,GetResourceMetricsConfigurationCommand:wu,ListAlarmMuteRulesCommand:Nu,ListDashboardsCommand:Tu,ListManagedInsightRulesCommand:_u,ListMetricsCommand:Fu,ListMetricStreamsCommand:Lu,ListTagsForResourceCommand:Uu,PutAlarmMuteRuleCommand:ku,PutAnomalyDetectorCommand:Gu,PutCompositeAlarmCommand:Vu,PutDashboardCommand:Ku,PutInsightRuleCommand:$u,PutLogAlarmCommand:zu,PutManagedInsightRulesCommand:ju,PutMetricAlarmCommand:Hu,PutMetricDataCommand:Wu,PutMetricStreamCommand:Bu,SetAlarmStateCommand:qu,StartMetricStreamsCommand:Qu,StartOTelEnrichmentCommand:Yu,StopMetricStreamsCommand:Zu,StopOTelEnrichmentCommand:Xu,TagResourceCommand:Ju,UntagResourceCommand:el,UpdateOTelEnrichmentCommand:tl,UpdateResourceMetricsConfigurationCommand:rl},Il={paginateDescribeAlarmHistory:al,paginateDescribeAlarms:nl,paginateDescribeAnomalyDetectors:sl,paginateDescribeInsightRules:ol,paginateGetMetricData:il,paginateListAlarmMuteRules:cl,paginateListDashboards:ul,paginateListManagedInsightRules:ll,paginateListMetrics:pl,paginateListMetricStreams:dl},Dl={waitUntilAlarmExists:gl,waitUntilCompositeAlarmExists:Sl,waitUntilLogAlarmExists:vl,waitUntilAlarmMuteRuleExists:hl};class Al extends Zc{}T(yl,Al,{paginators:Il,waiters:Dl});t.WBn=Zc,t.zWD=mu,t.Soe=Ru},9456:(e,t,r)=>{const{createGzip:a}=r(8522);t.compressStream=async e=>e.pipe(a())},6097:(e,t,r)=>{const{promisify:a}=r(7975),{gzip:n}=r(8522),{toUint8Array:s}=r(2430),o=a(n);t.compressString=async e=>{try{const t=await o(s(e||""));return s(t)}catch(e){throw new Error("Failure during compression: "+e.message)}}},190:(e,t,r)=>{const{booleanSelector:a,SelectorType:n,numberSelector:s}=r(7291),{setFeature:o}=r(402),{HttpRequest:i}=r(3422),{compressStream:c}=r(9456),{compressString:u}=r(6097),{isArrayBuffer:l}=r(2430),{normalizeProvider:p}=r(2658),d="AWS_DISABLE_REQUEST_COMPRESSION",m="disable_request_compression",g=!1,f={environmentVariableSelector:e=>a(e,d,n.ENV),configFileSelector:e=>a(e,m,n.CONFIG),default:g},h="AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",x="request_min_compression_size_bytes",S={environmentVariableSelector:e=>s(e,h,n.ENV),configFileSelector:e=>s(e,x,n.CONFIG),default:10240};var E;!function(e){e.GZIP="gzip"}(E||(E={}));const v=[E.GZIP],y=e=>void 0!==e&&"string"!=typeof e&&!ArrayBuffer.isView(e)&&!l(e),I=(e,t)=>(r,a)=>async n=>{if(!i.isInstance(n.request))return r(n);if(await e.disableRequestCompression())return r(n);const{request:s}=n,{body:l,headers:p}=s,{encodings:d,streamRequiresLength:m}=t;let g=l,f=p;for(const t of d)if(v.includes(t)){let r=!1;if(y(l)){if(m)throw new Error("Compression is not supported for streaming blobs that require a length.");g=await c(l),r=!0}else{const t=e.bodyLengthChecker(l),a=await e.requestMinCompressionSizeBytes();t&&t>=a&&(g=await u(l),r=!0)}if(r){f=p["content-encoding"]?{...p,"content-encoding":`${p["content-encoding"]}, ${t}`}:{...p,"content-encoding":t},f["content-encoding"].includes("gzip")&&o(a,"GZIP_REQUEST_COMPRESSION","L");break}}return r({...n,request:{...s,body:g,headers:f}})},D={name:"compressionMiddleware",step:"build",tags:["REQUEST_BODY_COMPRESSION","GZIP"],override:!0,priority:"high"};t.DEFAULT_DISABLE_REQUEST_COMPRESSION=g,t.DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES=10240,t.NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS=f,t.NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME=d,t.NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME=m,t.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS=S,t.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME=h,t.NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME=x,t.compressionMiddleware=I,t.compressionMiddlewareOptions=D,t.getCompressionPlugin=(e,t)=>({applyToStack:r=>{r.add(I(e,t),D)}}),t.resolveCompressionConfig=e=>{const{disableRequestCompression:t,requestMinCompressionSizeBytes:r}=e;return Object.assign(e,{disableRequestCompression:p(t),requestMinCompressionSizeBytes:async()=>{const e=await p(r)();if(e<0||e>10485760)throw new RangeError(`The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${e} is outside this range."`);return e}})}},9979:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n=r(9714),s=r(5878),o=r(8520);a=n()?s:o,e.exports=a},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Float64Array?Float64Array:void 0;e.exports=t},8520:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},4826:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n=r(5613),s=r(3405),o=r(523);a=n()?s:o,e.exports=a},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint16Array?Uint16Array:void 0;e.exports=t},523:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},7096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n=r(4171),s=r(2399),o=r(3689);a=n()?s:o,e.exports=a},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint32Array?Uint32Array:void 0;e.exports=t},3689:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},5183:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n=r(4246),s=r(8570),o=r(7540);a=n()?s:o,e.exports=a},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint8Array?Uint8Array:void 0;e.exports=t},7540:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Float64Array?Float64Array:null;e.exports=t},9714:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6405);e.exports=a},6405:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(910),n=r(5265);e.exports=function(){var e,t;if("function"!=typeof n)return!1;try{t=new n([1,3.14,-3.14,NaN]),e=a(t)&&1===t[0]&&3.14===t[1]&&-3.14===t[2]&&t[3]!=t[3]}catch(t){e=!1}return e}},1907:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4270);e.exports=a},4270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;e.exports=function(e,r){return null!=e&&t.call(e,r)}},5547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(166);e.exports=a},166:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){return"function"==typeof Symbol&&"symbol"==typeof Symbol("foo")}},9501:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6284);e.exports=a},6284:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5547)();e.exports=function(){return a&&"symbol"==typeof Symbol.toStringTag}},5613:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(2364);e.exports=a},2364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3599),n=r(6653),s=r(5929);e.exports=function(){var e,t;if("function"!=typeof s)return!1;try{t=new s(t=[1,3.14,-3.14,n+1,n+2]),e=a(t)&&1===t[0]&&3===t[1]&&t[2]===n-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint16Array?Uint16Array:null;e.exports=t},4171:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(8950);e.exports=a},8950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3209),n=r(8035),s=r(2709);e.exports=function(){var e,t;if("function"!=typeof s)return!1;try{t=new s(t=[1,3.14,-3.14,n+1,n+2]),e=a(t)&&1===t[0]&&3===t[1]&&t[2]===n-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint32Array?Uint32Array:null;e.exports=t},4246:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(249);e.exports=a},249:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(228),n=r(2732),s=r(5545);e.exports=function(){var e,t;if("function"!=typeof s)return!1;try{t=new s(t=[1,3.14,-3.14,n+1,n+2]),e=a(t)&&1===t[0]&&3===t[1]&&t[2]===n-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Uint8Array?Uint8Array:null;e.exports=t},910:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7439);e.exports=a},7439:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(547),n="function"==typeof Float64Array;e.exports=function(e){return n&&e instanceof Float64Array||"[object Float64Array]"===a(e)}},7604:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5183),n={uint16:r(4826),uint8:a};e.exports=n},347:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7158);e.exports=a},7158:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n,s=r(7604);(n=new s.uint16(1))[0]=4660,a=52===new s.uint8(n.buffer)[0],e.exports=a},3599:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(2394);e.exports=a},2394:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(547),n="function"==typeof Uint16Array;e.exports=function(e){return n&&e instanceof Uint16Array||"[object Uint16Array]"===a(e)}},3209:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(8168);e.exports=a},8168:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(547),n="function"==typeof Uint32Array;e.exports=function(e){return n&&e instanceof Uint32Array||"[object Uint32Array]"===a(e)}},228:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7755);e.exports=a},7755:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(547),n="function"==typeof Uint8Array;e.exports=function(e){return n&&e instanceof Uint8Array||"[object Uint8Array]"===a(e)}},1877:e=>{e.exports=1023},3935:e=>{e.exports=2147483647},222:e=>{e.exports=2146435072},5976:e=>{e.exports=2147483648},2656:e=>{e.exports=-1023},6276:e=>{e.exports=1023},4862:e=>{e.exports=-1074},1475:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4241).NEGATIVE_INFINITY;e.exports=a},469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},5417:e=>{e.exports=22250738585072014e-324},6653:e=>{e.exports=65535},8035:e=>{e.exports=4294967295},2732:e=>{e.exports=255},7234:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(661);e.exports=a},661:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(469),n=r(1475);e.exports=function(e){return e===a||e===n}},6523:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(9382);e.exports=a},9382:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return e!=e}},6260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6443);e.exports=a},6443:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return Math.abs(e)}},3385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7640);e.exports=a},7640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},5672:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(9775);e.exports=a},9775:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5976),n=r(3935),s=r(7949),o=r(2882),i=r(7844),c=[0,0];e.exports=function(e,t){var r,u;return s.assign(e,c,1,0),r=c[0],r&=n,u=o(t),i(r|=u&=a,c[1])}},988:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4387);e.exports=a},4387:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var a=r(6523),n=r(1851),s=r(3786),o=r(469),i=r(1475),c=r(8300),u=r(8018),l=r(675),p=r(5266),d=r(8925),m=r(1332),g=r(516),f=r(9101),h=.8450629115104675;e.exports=function(e){var t,r,x,S,E,v,y,I;if(a(e))return NaN;if(e===o)return 0;if(e===i)return 2;if(0===e)return 1;if(e<0?(t=!0,r=-e):(t=!1,r=e),r<.84375)return r<13877787807814457e-33?1-e:(v=(S=.12837916709551256+(x=e*e)*c(x))/(E=1+x*u(x)),e<.25?1-(e+e*v):(S=e*v,.5-(S+=e-.5)));if(r<1.25)return y=(E=r-1)*l(E)-.0023621185607526594,I=1+E*p(E),t?1+h+y/I:1-h-y/I;if(r<28){if(E=1/(r*r),r<2.857142857142857)S=E*d(E)-.009864944034847148,E=1+E*m(E);else{if(e<-6)return 2;S=E*g(E)-.0098649429247001,E=1+E*f(E)}return x=s(r,0),S=n(-x*x-.5625)*n((x-r)*(x+r)+S/E),t?2-S/r:S/r}return t?2:0}},675:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.41485611868374833:.41485611868374833+e*(e*(.31834661990116175+e*(e*(.035478304325618236+-.002166375594868791*e)-.11089469428239668))-.3722078760357013)}},8300:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.3250421072470015:e*(e*(-23763016656650163e-21*e-.005770270296489442)-.02848174957559851)-.3250421072470015}},5266:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.10642088040084423:.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+.011984499846799107*e))))}},8018:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.39791722395915535:.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+-3960228278775368e-21*e)))}},8925:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.6938585727071818:e*(e*(e*(e*(e*(-9.814329344169145*e-81.2874355063066)-184.60509290671104)-162.39666946257347)-62.375332450326006)-10.558626225323291)-.6938585727071818}},516:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.799283237680523:e*(e*(e*(e*(-483.5191916086514*e-1025.0951316110772)-637.5664433683896)-160.63638485582192)-17.757954917754752)-.799283237680523}},1332:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?19.651271667439257:19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+-.0604244152148581*e))))))}},9101:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?30.33806074348246:30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+-22.44095244658582*e)))))}},3034:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(8349);e.exports=a},8349:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_48_0/boost/math/special_functions/detail/erf_inv.hpp}. This implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var a=r(6523),n=r(5478),s=r(1550),o=r(469),i=r(1475),c=r(8944),u=r(8776),l=r(1964),p=r(4932),d=r(1376);e.exports=function(e){var t,r,m,g;return a(e)?NaN:1===e?o:-1===e?i:0===e?e:e>1||e<-1?NaN:(e<0?(t=-1,r=-e):(t=1,r=e),m=1-r,r<=.5?t*(.08913147449493408*(g=r*(r+10))+g*c(r)):m>=.25?t*((g=n(-2*s(m)))/(2.249481201171875+u(m-=.25))):(m=n(-s(m)))<3?t*(.807220458984375*m+l(m-1.125)*m):m<6?t*(.9399557113647461*m+p(m-3)*m):t*(.9836282730102539*m+d(m-6)*m))}},8944:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,r;return 0===e?-.0005087819496582806:((e<0?-e:e)<=1?(t=e*(e*(.03348066254097446+e*(e*(e*(.02198786811111689+e*(.008226878746769157+e*(e*(0+0*e)-.005387729650712429)))-.03656379714117627)-.012692614766297404))-.008368748197417368)-.0005087819496582806,r=1+e*(e*(e*(1.5622155839842302+e*(.662328840472003+e*(e*(e*(.07952836873415717+e*(.0008862163904564247*e-.0023339375937419))-.05273963823400997)-.7122890234154284)))-1.5657455823417585)-.9700050433032906)):(t=0+(e=1/e)*(0+e*(e*(.008226878746769157+e*(.02198786811111689+e*(e*(e*(.03348066254097446+e*(-.0005087819496582806*e-.008368748197417368))-.012692614766297404)-.03656379714117627)))-.005387729650712429)),r=.0008862163904564247+e*(e*(.07952836873415717+e*(e*(e*(.662328840472003+e*(1.5622155839842302+e*(e*(1*e-.9700050433032906)-1.5657455823417585)))-.7122890234154284)-.05273963823400997))-.0023339375937419)),t/r)}},8776:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,r;return 0===e?-.20243350835593876:((e<0?-e:e)<=1?(t=e*(.10526468069939171+e*(8.3705032834312+e*(17.644729840837403+e*(e*(e*(17.445385985570866+e*(21.12946554483405+-3.6719225470772936*e))-44.6382324441787)-18.851064805871424))))-.20243350835593876,r=1+e*(6.242641248542475+e*(3.971343795334387+e*(e*(e*(48.560921310873994+e*(10.826866735546016+e*(1.7211476576120028*e-22.643693341313973)))-20.14326346804852)-28.66081804998)))):(t=(e=1/e)*(21.12946554483405+e*(17.445385985570866+e*(e*(e*(17.644729840837403+e*(8.3705032834312+e*(.10526468069939171+-.20243350835593876*e)))-18.851064805871424)-44.6382324441787)))-3.6719225470772936,r=1.7211476576120028+e*(e*(10.826866735546016+e*(48.560921310873994+e*(e*(e*(3.971343795334387+e*(6.242641248542475+1*e))-28.66081804998)-20.14326346804852)))-22.643693341313973)),t/r)}},1964:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,r;return 0===e?-.1311027816799519:((e<0?-e:e)<=1?(t=e*(e*(.11703015634199525+e*(.38707973897260434+e*(.3377855389120359+e*(.14286953440815717+e*(.029015791000532906+e*(.0021455899538880526+e*(e*(2.8522533178221704e-8+-6.81149956853777e-10*e)-6.794655751811263e-7)))))))-.16379404719331705)-.1311027816799519,r=1+e*(3.4662540724256723+e*(5.381683457070069+e*(4.778465929458438+e*(2.5930192162362027+e*(.848854343457902+e*(.15226433829533179+e*(.011059242293464892+e*(0+e*(0+0*e)))))))))):(t=(e=1/e)*(2.8522533178221704e-8+e*(e*(.0021455899538880526+e*(.029015791000532906+e*(.14286953440815717+e*(.3377855389120359+e*(.38707973897260434+e*(.11703015634199525+e*(-.1311027816799519*e-.16379404719331705)))))))-6.794655751811263e-7))-6.81149956853777e-10,r=0+e*(0+e*(0+e*(.011059242293464892+e*(.15226433829533179+e*(.848854343457902+e*(2.5930192162362027+e*(4.778465929458438+e*(5.381683457070069+e*(3.4662540724256723+1*e)))))))))),t/r)}},4932:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,r;return 0===e?-.0350353787183178:((e<0?-e:e)<=1?(t=e*(e*(.018557330651423107+e*(.009508047013259196+e*(.0018712349281955923+e*(.00015754461742496055+e*(460469890584318e-20+e*(26633922742578204e-28*e-2.304047769118826e-10))))))-.0022242652921344794)-.0350353787183178,r=1+e*(1.3653349817554064+e*(.7620591645536234+e*(.22009110576413124+e*(.03415891436709477+e*(.00263861676657016+e*(7646752923027944e-20+e*(0+0*e)))))))):(t=26633922742578204e-28+(e=1/e)*(e*(460469890584318e-20+e*(.00015754461742496055+e*(.0018712349281955923+e*(.009508047013259196+e*(.018557330651423107+e*(-.0350353787183178*e-.0022242652921344794))))))-2.304047769118826e-10),r=0+e*(0+e*(7646752923027944e-20+e*(.00263861676657016+e*(.03415891436709477+e*(.22009110576413124+e*(.7620591645536234+e*(1.3653349817554064+1*e)))))))),t/r)}},1376:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var t,r;return 0===e?-.016743100507663373:((e<0?-e:e)<=1?(t=e*(e*(.001056288621524929+e*(.00020938631748758808+e*(14962478375834237e-21+e*(4.4969678992770644e-7+e*(4.625961635228786e-9+e*(9905570997331033e-32*e-2811287356288318e-29))))))-.0011295143874558028)-.016743100507663373,r=1+e*(.5914293448864175+e*(.1381518657490833+e*(.016074608709367652+e*(.0009640118070051656+e*(27533547476472603e-21+e*(2.82243172016108e-7+e*(0+0*e)))))))):(t=9905570997331033e-32+(e=1/e)*(e*(4.625961635228786e-9+e*(4.4969678992770644e-7+e*(14962478375834237e-21+e*(.00020938631748758808+e*(.001056288621524929+e*(-.016743100507663373*e-.0011295143874558028))))))-2811287356288318e-29),r=0+e*(0+e*(2.82243172016108e-7+e*(27533547476472603e-21+e*(.0009640118070051656+e*(.016074608709367652+e*(.1381518657490833+e*(.5914293448864175+1*e)))))))),t/r)}},6567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var a=r(3291),n=r(1589);e.exports=function(e,t,r){var s,o,i;return i=(s=e-t)-(o=s*s)*n(o),a(1-(t-s*i/(2-i)-e),r)}},1851:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(1878);e.exports=a},1878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var a=r(6523),n=r(1262),s=r(1475),o=r(469),i=r(6567),c=1.4426950408889634,u=1/(1<<28),l=-u;e.exports=function(e){var t;return a(e)||e===o?e:e===s?0:e>709.782712893384?o:e<-745.1332191019411?0:e>l&&e<u?1+e:(t=n(e<0?c*e-.5:c*e+.5),i(e-.6931471803691238*t,1.9082149292705877e-10*t,t))}},1589:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},2334:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5681);e.exports=a},5681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},3291:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3078);e.exports=a},3078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(469),n=r(1475),s=r(1877),o=r(6276),i=r(2656),c=r(4862),u=r(6523),l=r(7234),p=r(5672),d=r(9335).assign,m=r(6075),g=r(7949),f=r(7844),h=[0,0],x=[0,0];e.exports=function(e,t){var r,S;return 0===t||0===e||u(e)||l(e)?e:(d(e,h,1,0),t+=h[1],(t+=m(e=h[0]))<c?p(0,e):t>o?e<0?n:a:(t<=i?(t+=52,S=2220446049250313e-31):S=1,g.assign(e,x,1,0),r=x[0],r&=2148532223,S*f(r|=t+s<<20,x[1])))}},1550:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5553);e.exports=a},5553:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var a=r(2882),n=r(5990),s=r(6523),o=r(1877),i=r(1475),c=r(6488),u=r(1103),l=.6931471803691238,p=1.9082149292705877e-10,d=1048575;e.exports=function(e){var t,r,m,g,f,h,x,S,E,v,y;return 0===e?i:s(e)||e<0?NaN:(g=0,(r=a(e))<1048576&&(g-=54,r=a(e*=0x40000000000000)),r>=2146435072?e+e:(g+=(r>>20)-o|0,g+=(x=(r&=d)+614244&1048576)>>20,h=(e=n(e,r|1072693248^x))-1,(d&2+r)<3?0===h?0===g?0:g*l+g*p:(f=h*h*(.5-.3333333333333333*h),0===g?h-f:g*l-(f-g*p-h)):(x=r-398458|0,S=440401-r|0,m=(v=(y=(E=h/(2+h))*E)*y)*c(v),f=y*u(v)+m,(x|=S)>0?(t=.5*h*h,0===g?h-(t-E*(t+f)):g*l-(t-(E*(t+f)+g*p)-h)):0===g?h-E*(h-f):g*l-(E*(h-f)-g*p-h))))}},6488:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.3999999999940942:.3999999999940942+e*(.22222198432149784+.15313837699209373*e)}},1103:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+.14798198605116586*e))}},5478:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(1689);e.exports=a},1689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},1262:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(2657);e.exports=a},2657:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(2334),n=r(3385);e.exports=function(e){return e<0?n(e):a(e)}},4241:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7696);e.exports=a},7696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7014);e.exports=a},7014:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(2882),n=r(222),s=r(1877);e.exports=function(e){var t=a(e);return(t=(t&n)>>>20)-s|0}},7844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5259);e.exports=a},9593:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n,s;!0===r(347)?(n=1,s=0):(n=0,s=1),a={HIGH:n,LOW:s},e.exports=a},5259:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7096),n=r(9979),s=r(9593),o=new n(1),i=new a(o.buffer),c=s.HIGH,u=s.LOW;e.exports=function(e,t){return i[c]=e,i[u]=t,o[0]}},9828:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a;a=!0===r(347)?1:0,e.exports=a},2882:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6053);e.exports=a},6053:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7096),n=r(9979),s=r(9828),o=new n(1),i=new a(o.buffer);e.exports=function(e){return o[0]=e,i[s]}},750:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5417),n=r(7234),s=r(6523),o=r(6260);e.exports=function(e,t,r,i){return s(e)||n(e)?(t[i]=e,t[i+r]=0,t):0!==e&&o(e)<a?(t[i]=4503599627370496*e,t[i+r]=-52,t):(t[i]=e,t[i+r]=0,t)}},9335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4568),n=r(6754);a(n,"assign",r(750)),e.exports=n},6754:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(750);e.exports=function(e){return a(e,[0,0],1,0)}},2880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a;a=!0===r(347)?1:0,e.exports=a},5990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6921);e.exports=a},6921:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7096),n=r(9979),s=r(2880),o=new n(1),i=new a(o.buffer);e.exports=function(e,t){return o[0]=e,i[s]=t>>>0,o[0]}},3786:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(253);e.exports=a},9760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a;a=!0===r(347)?0:1,e.exports=a},253:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7096),n=r(9979),s=r(9760),o=new n(1),i=new a(o.buffer);e.exports=function(e,t){return o[0]=e,i[s]=t>>>0,o[0]}},5132:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7096),n=r(9979),s=r(3808),o=new n(1),i=new a(o.buffer),c=s.HIGH,u=s.LOW;e.exports=function(e,t,r,a){return o[0]=e,t[a]=i[c],t[a+r]=i[u],t}},7949:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4568),n=r(6364);a(n,"assign",r(5132)),e.exports=n},3808:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n,s;!0===r(347)?(n=1,s=0):(n=0,s=1),a={HIGH:n,LOW:s},e.exports=a},6364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5132);e.exports=function(e){return a(e,[0,0],1,0)}},9073:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3084),n=r(6523);e.exports=function(e){return n(e)?a(NaN):function(t){if(n(t))return NaN;return t<e?0:1}}},6603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4568),n=r(7782);a(n,"factory",r(9073)),e.exports=n},7782:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6523);e.exports=function(e,t){return a(e)||a(t)?NaN:e<t?0:1}},2895:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3084),n=r(6523);e.exports=function(e){return n(e)?a(NaN):function(t){if(n(t)||t<0||t>1)return NaN;return e}}},3925:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4568),n=r(3844);a(n,"factory",r(2895)),e.exports=n},3844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6523);e.exports=function(e,t){return a(e)||e<0||e>1?NaN:t}},1250:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3084),n=r(6603).factory,s=r(6523),o=r(5478),i=r(988);e.exports=function(e,t){var r;return s(e)||s(t)||t<0?a(NaN):0===t?n(e):(r=t*o(2),function(t){if(s(t))return NaN;return.5*i(-(t-e)/r)})}},2484:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4568),n=r(1643);a(n,"factory",r(1250)),e.exports=n},1643:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(988),n=r(5478),s=r(6523);e.exports=function(e,t,r){var o;return s(e)||s(t)||s(r)||r<0?NaN:0===r?e<t?0:1:(o=r*n(2),.5*a(-(e-t)/o))}},9354:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3084),n=r(3925).factory,s=r(3034),o=r(6523),i=r(5478);e.exports=function(e,t){var r,c;return o(e)||o(t)||t<0?a(NaN):(0===t&&n(e),r=e,c=t*i(2),function(e){if(o(e)||e<0||e>1)return NaN;return r+c*s(2*e-1)})}},6060:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4568),n=r(4739);a(n,"factory",r(9354)),e.exports=n},4739:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3034),n=r(6523),s=r(5478);e.exports=function(e,t,r){return n(t)||n(r)||n(e)||r<0||e<0||e>1?NaN:0===r?t:t+r*s(2)*a(2*e-1)}},2029:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.abs,r=String.prototype.toLowerCase,a=String.prototype.toUpperCase,n=String.prototype.replace,s=/e\+(\d)$/,o=/e-(\d)$/,i=/^(\d+)$/,c=/^(\d+)e/,u=/\.0$/,l=/\.0*e/,p=/(\..*[^0])0*e/;e.exports=function(e,d){var m,g;switch(d.specifier){case"e":case"E":g=e.toExponential(d.precision);break;case"f":case"F":g=e.toFixed(d.precision);break;case"g":case"G":t(e)<1e-4?((m=d.precision)>0&&(m-=1),g=e.toExponential(m)):g=e.toPrecision(d.precision),d.alternate||(g=n.call(g,p,"$1e"),g=n.call(g,l,"e"),g=n.call(g,u,""));break;default:throw new Error("invalid double notation. Value: "+d.specifier)}return g=n.call(g,s,"e+0$1"),g=n.call(g,o,"e-0$1"),d.alternate&&(g=n.call(g,i,"$1."),g=n.call(g,c,"$1.e")),e>=0&&d.sign&&(g=d.sign+g),g=d.specifier===a.call(d.specifier)?a.call(g):r.call(g)}},1836:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6392),n=r(122),s=String.prototype.toLowerCase,o=String.prototype.toUpperCase;e.exports=function(e){var t,r,i;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10}if(r=e.arg,i=parseInt(r,10),!isFinite(i)){if(!a(r))throw new Error("invalid integer. Value: "+r);i=0}return i<0&&("u"===e.specifier||10!==t)&&(i=4294967295+i+1),i<0?(r=(-i).toString(t),e.precision&&(r=n(r,e.precision,e.padRight)),r="-"+r):(r=i.toString(t),i||e.precision?e.precision&&(r=n(r,e.precision,e.padRight)):r="",e.sign&&(r=e.sign+r)),16===t&&(e.alternate&&(r="0x"+r),r=e.specifier===o.call(e.specifier)?o.call(r):s.call(r)),8===t&&e.alternate&&"0"!==r.charAt(0)&&(r="0"+r),r}},24:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(4879);e.exports=a},6392:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"number"==typeof e}},7852:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"string"==typeof e}},4879:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(1836),n=r(7852),s=r(6392),o=r(2029),i=r(4484),c=r(122),u=String.fromCharCode,l=Array.isArray;function p(e){return e!=e}function d(e){var t={};return t.specifier=e.specifier,t.precision=void 0===e.precision?1:e.precision,t.width=e.width,t.flags=e.flags||"",t.mapping=e.mapping,t}e.exports=function(e){var t,r,m,g,f,h,x,S,E,v;if(!l(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(h="",x=1,E=0;E<e.length;E++)if(m=e[E],n(m))h+=m;else{if(t=void 0!==m.precision,!(m=d(m)).specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+E+"`. Value: `"+m+"`.");for(m.mapping&&(x=m.mapping),r=m.flags,v=0;v<r.length;v++)switch(g=r.charAt(v)){case" ":m.sign=" ";break;case"+":m.sign="+";break;case"-":m.padRight=!0,m.padZeros=!1;break;case"0":m.padZeros=r.indexOf("-")<0;break;case"#":m.alternate=!0;break;default:throw new Error("invalid flag: "+g)}if("*"===m.width){if(m.width=parseInt(arguments[x],10),x+=1,p(m.width))throw new TypeError("the argument for * width at position "+x+" is not a number. Value: `"+m.width+"`.");m.width<0&&(m.padRight=!0,m.width=-m.width)}if(t&&"*"===m.precision){if(m.precision=parseInt(arguments[x],10),x+=1,p(m.precision))throw new TypeError("the argument for * precision at position "+x+" is not a number. Value: `"+m.precision+"`.");m.precision<0&&(m.precision=1,t=!1)}switch(m.arg=arguments[x],m.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(m.padZeros=!1),m.arg=a(m);break;case"s":m.maxWidth=t?m.precision:-1,m.arg=String(m.arg);break;case"c":if(!p(m.arg)){if((f=parseInt(m.arg,10))<0||f>127)throw new Error("invalid character code. Value: "+m.arg);m.arg=p(f)?String(m.arg):u(f)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(m.precision=6),S=parseFloat(m.arg),!isFinite(S)){if(!s(m.arg))throw new Error("invalid floating-point number. Value: "+h);S=m.arg,m.padZeros=!1}m.arg=o(S,m);break;default:throw new Error("invalid specifier: "+m.specifier)}m.maxWidth>=0&&m.arg.length>m.maxWidth&&(m.arg=m.arg.substring(0,m.maxWidth)),m.padZeros?m.arg=c(m.arg,m.width||m.precision,m.padRight):m.width&&(m.arg=i(m.arg,m.width,m.padRight)),h+=m.arg||"",x+=1}return h}},4484:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function t(e){var t,r="";for(t=0;t<e;t++)r+=" ";return r}e.exports=function(e,r,a){var n=r-e.length;return n<0?e:e=a?e+t(n):t(n)+e}},122:e=>{function t(e){var t,r="";for(t=0;t<e;t++)r+="0";return r}e.exports=function(e,r,a){var n=!1,s=r-e.length;return s<0||(
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"-"===e[0]}(e)&&(n=!0,e=e.substr(1)),e=a?e+t(s):t(s)+e,n&&(e="-"+e)),e}},9340:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(8755);e.exports=a},8755:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function r(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return"."===e[4]&&void 0===e[5]&&(t.precision="1"),t}e.exports=function(e){var a,n,s,o;for(n=[],o=0,s=t.exec(e);s;)(a=e.slice(o,t.lastIndex-s[0].length)).length&&n.push(a),"%"===s[6]?n.push("%"):n.push(r(s)),o=t.lastIndex,s=t.exec(e);return(a=e.slice(o)).length&&n.push(a),n}},7760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(3191);e.exports=a},8676:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"string"==typeof e}},3191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(24),n=r(9340),s=r(8676);e.exports=function e(t){var r,o;if(!s(t))throw new TypeError(e("invalid argument. First argument must be a string. Value: `%s`.",t));for(r=[n(t)],o=1;o<arguments.length;o++)r.push(arguments[o]);return a.apply(null,r)}},2038:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(2873);e.exports=a},2873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Symbol?Symbol:void 0;e.exports=t},3084:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(8675);e.exports=a},8675:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return function(){return e}}},4568:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(6239);e.exports=a},6239:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(708);e.exports=function(e,t,r){a(e,t,{configurable:!1,enumerable:!1,writable:!1,value:r})}},7619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.defineProperty;e.exports=t},5141:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t="function"==typeof Object.defineProperty?Object.defineProperty:null;e.exports=t},2342:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5141);e.exports=function(){try{return a({},"x",{}),!0}catch(e){return!1}}},708:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n=r(2342),s=r(7619),o=r(61);a=n()?s:o,e.exports=a},61:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(7760),n=Object.prototype,s=n.toString,o=n.__defineGetter__,i=n.__defineSetter__,c=n.__lookupGetter__,u=n.__lookupSetter__;e.exports=function(e,t,r){var l,p,d,m;if("object"!=typeof e||null===e||"[object Array]"===s.call(e))throw new TypeError(a("invalid argument. First argument must be an object. Value: `%s`.",e));if("object"!=typeof r||null===r||"[object Array]"===s.call(r))throw new TypeError(a("invalid argument. Property descriptor must be an object. Value: `%s`.",r));if((p="value"in r)&&(c.call(e,t)||u.call(e,t)?(l=e.__proto__,e.__proto__=n,delete e[t],e[t]=r.value,e.__proto__=l):e[t]=r.value),d="get"in r,m="set"in r,p&&(d||m))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return d&&o&&o.call(e,t,r.get),m&&i&&i.call(e,t,r.set),e}},547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a,n=r(9501),s=r(1006),o=r(9728);a=n()?o:s,e.exports=a},1006:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(5763);e.exports=function(e){return a.call(e)}},9728:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(1907),n=r(4499),s=r(5763);e.exports=function(e){var t,r,o;if(null==e)return s.call(e);r=e[n],t=a(e,n);try{e[n]=void 0}catch(t){return s.call(e)}return o=s.call(e),t?e[n]=r:delete e[n],o}},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},4499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=r(2038),n="function"==typeof a?a.toStringTag:"";e.exports=n}};
//# sourceMappingURL=701.index.js.map